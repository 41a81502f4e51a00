using System.Globalization;
using Bittensor.Runtime.Replay;

// Usage: Bittensor.Runtime.Replay <blocks file>. Prints "<number> <state root> <block hash>" per block.
if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: Bittensor.Runtime.Replay <blocks file>").ConfigureAwait(false);
    return 2;
}

IReadOnlyList<ReplayBlock> blocks;
try
{
    blocks = BlockFile.Decode(await File.ReadAllBytesAsync(args[0]).ConfigureAwait(false));
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
{
    await Console.Error.WriteLineAsync($"cannot read {args[0]}: {ex.Message}").ConfigureAwait(false);
    return 1;
}

foreach (ReplayedBlock block in new DevChainReplay().Run(blocks))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{block.Number} {block.StateRoot} {block.Hash}"));
}

return 0;
