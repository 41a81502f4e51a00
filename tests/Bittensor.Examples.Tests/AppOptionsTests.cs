using Bittensor.Examples.Tests.Chain;

namespace Bittensor.Examples.Tests;

/// <summary>Bad command lines fail before touching the chain: one line on stderr, exit 1.</summary>
public sealed class AppOptionsTests
{
    [Theory]
    [InlineData("miner --kind trained", "--netuid")]
    [InlineData("miner --kind clever --netuid 1", "clever")]
    [InlineData("miner --kind copier --netuid 1", "--copy-uid")]
    [InlineData("miner --kind lazy --copy-uid 2 --netuid 1", "only for --kind copier")]
    [InlineData("miner --kind lazy --netuid 1 --axon-port 70000", "--axon-port")]
    [InlineData("miner --kind lazy --netuid 1 --axon-ip localhost", "--axon-ip")]
    [InlineData("miner --kind lazy --netuid 1 --sell-every-blocks -1", "--sell-every-blocks")]
    [InlineData("miner --kind lazy --netuid 1 --sell-every-blocks 5 --wallet-path /nonexistent/wallets", "--sell-every-blocks needs the coldkey")]
    [InlineData("validator --netuid 1 --query-interval-blocks 0", "--query-interval-blocks")]
    [InlineData("validator --netuid 1 --data /nonexistent/spam", "/nonexistent/spam")]
    [InlineData("dance", "dance")]
    public async Task Run_BadOptions_OneLineExit1(string commandLine, string mentioned)
    {
        (int exit, string error) = await SubnetEndToEndTests.RunInProcessAsync(commandLine.Split(' '));

        Assert.Equal(1, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(mentioned, error, StringComparison.Ordinal);
    }
}
