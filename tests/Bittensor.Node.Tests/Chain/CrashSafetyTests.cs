using System.Globalization;
using System.Text.RegularExpressions;
using Bittensor.Core.Chain;
using Bittensor.Core.Storage;
using Bittensor.Node.Chain;
using Bittensor.Node.Storage;
using Bittensor.Node.Tests.Infrastructure;
using Bittensor.Node.Tests.Storage;
using Bittensor.Runtime.Executive;

namespace Bittensor.Node.Tests.Chain;

/// <summary>The real <c>subtensor</c> process killed with SIGKILL while it produces blocks, restarted on the same base path.</summary>
public partial class CrashSafetyTests
{
    private const int Restarts = 20;

    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Sigkill_WhileProducingBlocks_EveryRestartResumesFromTheLastCommittedBlockAndReplays()
    {
        using var directory = new TemporaryDirectory();
        uint lastLogged = 0;
        for (int run = 0; run < Restarts; run++)
        {
            await using SubtensorProcess node = SubtensorProcess.Start("--dev", "--base-path", directory.Path, "--rpc-port", "0", "--block-time", "50");
            uint resumed = 0;
            Assert.True(
                await Eventually.TrueAsync(() => TryResumedAt(node.Stdout, out resumed) || node.HasExited, StepTimeout),
                $"run {run}: the chain did not open. stdout:\n{node.Stdout}\nstderr:\n{node.Stderr}");
            Assert.False(node.HasExited, $"run {run}: exited. stdout:\n{node.Stdout}\nstderr:\n{node.Stderr}");

            // Nothing a previous run reported as imported is lost.
            Assert.True(resumed >= lastLogged, $"run {run}: resumed at #{resumed}, but #{lastLogged} was imported before the kill");
            Assert.True(
                await Eventually.TrueAsync(() => LastImported(node.Stdout) > resumed || node.HasExited, StepTimeout),
                $"run {run}: no block after #{resumed}. stdout:\n{node.Stdout}\nstderr:\n{node.Stderr}");
            await Task.Delay(Random.Shared.Next(0, 150));
            node.Signal("KILL");
            Assert.True(await node.WaitForExitAsync(TimeSpan.FromSeconds(30)));
            lastLogged = Math.Max(lastLogged, LastImported(node.Stdout));
        }

        using RocksDbDatabase database = RocksDbDatabase.Open(Path.Combine(directory.Path, "db"));
        using var dev = new DevChain(database);
        Assert.True(dev.Chain.Best.Number >= lastLogged);
        Assert.True(dev.Chain.Best.Number >= Restarts);
        Replay(dev.Chain);
    }

    /// <summary>Every stored block, from genesis, re-executed through the runtime: each must reproduce its header's state root.</summary>
    private static void Replay(Blockchain chain)
    {
        SubtensorRuntime runtime = DevChain.Runtime.Runtime;
        var state = new InMemoryKeyValueStore();
        state.Write(DevChain.Genesis.ToWriteBatch());
        BlockEntry parent = chain.GetBlock(chain.GenesisHash)!;
        for (uint number = 1; number <= chain.Best.Number; number++)
        {
            BlockEntry block = chain.GetBlock(chain.GetHash(number)!.Value)!;
            Assert.Equal(parent.Hash, block.Header.ParentHash);
            Header preSeal = block.Header with { Digest = new Digest(block.Header.Digest.Logs.SkipLast(1)) };
            BlockExecutor executor = runtime.ExecuteBlock(state.GetSnapshot(), preSeal, block.Extrinsics);
            Assert.Equal(block.Header.StateRoot, executor.Header!.StateRoot);
            state.Write(executor.ToWriteBatch());
            parent = block;
        }

        Assert.Equal(chain.Best.Hash, parent.Hash);
    }

    private static bool TryResumedAt(string stdout, out uint number)
    {
        Match match = ChainOpenedLine().Match(stdout);
        number = match.Success ? uint.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return match.Success;
    }

    private static uint LastImported(string stdout) =>
        ImportedLine().Matches(stdout).Select(m => uint.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0u).Max();

    [GeneratedRegex(@"best block #(\d+) \(")]
    private static partial Regex ChainOpenedLine();

    [GeneratedRegex(@"Imported #(\d+) \(")]
    private static partial Regex ImportedLine();
}
