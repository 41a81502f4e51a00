using System.Diagnostics;
using System.Globalization;
using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Crypto;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Pallets.Subtensor;
using Bittensor.Runtime.Replay;
using Bittensor.Runtime.Tests.Executive;

namespace Bittensor.Runtime.Tests.Determinism;

/// <summary>
/// The same genesis and blocks give the same state root after every block: replayed twice in this process and once in a
/// second OS process (<c>Bittensor.Runtime.Replay</c>, the same runtime on its own dev genesis, reading only the block
/// bodies). The blocks cover transfers, a subnet's creation and start, registrations, staking, a failing call,
/// weights, the coinbase every block and two epochs.
/// </summary>
public class StateRootDeterminismTests
{
    private const ulong Tao = 1_000_000_000;
    private const ushort NetUid = 1;
    private const int Blocks = 32;
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task StateRoots_SameGenesisAndBlocks_AreEqualTwiceInProcessAndInASecondProcess()
    {
        var first = new DevChainReplay();
        IReadOnlyList<ReplayBlock> blocks = BuildBlocks(first);
        IReadOnlyList<ReplayedBlock> a = first.Run(blocks);
        AssertTheCallsDidWhatTheySay(first, a);

        IReadOnlyList<ReplayedBlock> b = new DevChainReplay().Run(blocks);
        Assert.Equal(Lines(a), Lines(b));

        string file = Path.Combine(Path.GetTempPath(), $"bittensor-replay-{Guid.NewGuid():N}.blocks");
        try
        {
            await File.WriteAllBytesAsync(file, BlockFile.Encode(blocks));
            IReadOnlyList<string> other = await ReplayInAnotherProcessAsync(file);
            Assert.Equal(Lines(a), other);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void StateRoots_ABlockChanged_DifferFromThatBlockOn()
    {
        // The comparison above is of real roots: block 6's failing overdraft replaced by a 2 TAO transfer (same signer and
        // nonce) leaves roots 1–5 as they were and changes root 6 and every later one.
        var chain = new DevChainReplay();
        List<ReplayBlock> blocks = BuildBlocks(chain);
        IReadOnlyList<ReplayedBlock> original = chain.Run(blocks);

        var other = new DevChainReplay();
        blocks[5] = blocks[5] with { Extrinsics = [blocks[5].Extrinsics[0], new Signer(other).Sign("Dave", Transfer(other, "Eve", 2 * Tao), nonce: 1)] };
        IReadOnlyList<ReplayedBlock> replayed = other.Run(blocks);
        Assert.True(replayed[5].Results[1].Outcome == ApplyOutcome.Success, replayed[5].Results[1].ToString());
        Assert.Equal(original.Take(5).Select(b => b.StateRoot), replayed.Take(5).Select(b => b.StateRoot));
        Assert.All(Enumerable.Range(5, Blocks - 5), i => Assert.NotEqual(original[i].StateRoot, replayed[i].StateRoot));
    }

    [Fact]
    public void BlockFile_Truncated_ThrowsFormatExceptionNamingTheOffset()
    {
        byte[] encoded = BlockFile.Encode([new ReplayBlock(7, [[1, 2, 3]])]);
        Assert.Equal([new byte[] { 1, 2, 3 }], BlockFile.Decode(encoded)[0].Extrinsics);
        FormatException error = Assert.Throws<FormatException>(() => BlockFile.Decode(encoded.AsSpan(0, encoded.Length - 1)));
        Assert.Contains("offset 10", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Lines(IReadOnlyList<ReplayedBlock> blocks) =>
        [.. blocks.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Number} {b.StateRoot} {b.Hash}"))];

    /// <summary>
    /// 32 blocks on the dev chain (tempo 10): transfers, register_network and start_call by //Alice (owner hotkey //Alice,
    /// uid 0), burned_register of //Bob, //Charlie, //Dave and //Eve (one a block, uids 1–4), stake from their coldkeys
    /// and a nominator, a transfer that fails (InsufficientBalance), weights from the validators once the first epoch
    /// has given permits, then blocks to the next epochs.
    /// </summary>
    private static List<ReplayBlock> BuildBlocks(DevChainReplay chain)
    {
        var s = new Signer(chain);
        SubtensorModule m = chain.Runtime.Subtensor;
        var calls = new Dictionary<int, (string Signer, RuntimeCall Call)[]>
        {
            [1] =
            [
                ("Alice", Transfer(chain, "Ferdie", 10 * Tao)),
                ("Bob", chain.Runtime.Runtime.Balances.TransferAllowDeath.Create(MultiAddress.Id(TestChain.Account("Alice")), 5 * Tao)),
                ("Alice", m.RegisterNetwork.Create(TestChain.Account("Alice"))),
            ],
            [2] = [("Alice", m.StartCall.Create(NetUid)), ("Bob", m.BurnedRegister.Create(NetUid, TestChain.Account("Bob")))],
            [3] = [("Charlie", m.BurnedRegister.Create(NetUid, TestChain.Account("Charlie")))],
            [4] = [("Dave", m.BurnedRegister.Create(NetUid, TestChain.Account("Dave"))), ("Bob", m.AddStake.Create(TestChain.Account("Bob"), NetUid, 300 * Tao))],
            [5] =
            [
                ("Eve", m.BurnedRegister.Create(NetUid, TestChain.Account("Eve"))),
                ("Charlie", m.AddStake.Create(TestChain.Account("Charlie"), NetUid, 200 * Tao)),
                ("Ferdie", m.AddStake.Create(TestChain.Account("Bob"), NetUid, 50 * Tao)),
            ],
            [6] = [("Dave", Transfer(chain, "Eve", 10_000_000 * Tao))],
            [18] =
            [
                ("Bob", m.SetWeights.Create(NetUid, Uids(1, 2, 3, 4), Weights(100, 100, 900, 200), 0UL)),
                ("Charlie", m.SetWeights.Create(NetUid, Uids(3, 4), Weights(500, 300), 0UL)),
                ("Alice", m.SetWeights.Create(NetUid, Uids(3), Weights(1), 0UL)),
            ],
            [19] = [("Eve", Transfer(chain, "Alice", 1 * Tao))],
        };

        var blocks = new List<ReplayBlock>(Blocks);
        for (uint number = 1; number <= Blocks; number++)
        {
            byte[] timestamp = UncheckedExtrinsic.Bare(chain.Runtime.Runtime.Timestamp.Set.Create(TestChain.TimestampOf(number)).Encode()).Encode(chain.Runtime.Runtime.Extensions);
            (string Signer, RuntimeCall Call)[] body = calls.GetValueOrDefault((int)number, []);
            blocks.Add(new ReplayBlock(TestChain.GenesisSlot + number, [timestamp, .. body.Select(c => s.Sign(c.Signer, c.Call))]));
        }

        return blocks;
    }

    private static RuntimeCall Transfer(DevChainReplay chain, string to, ulong amount) =>
        chain.Runtime.Runtime.Balances.TransferKeepAlive.Create(MultiAddress.Id(TestChain.Account(to)), amount);

    private static object?[] Uids(params ushort[] uids) => [.. uids.Cast<object?>()];

    private static object?[] Weights(params ushort[] weights) => [.. weights.Cast<object?>()];

    /// <summary>Every call in <see cref="BuildBlocks"/> succeeded except block 6's overdraft, and the chain did the work it names.</summary>
    private static void AssertTheCallsDidWhatTheySay(DevChainReplay chain, IReadOnlyList<ReplayedBlock> blocks)
    {
        Assert.Equal(Blocks, blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            for (int x = 0; x < blocks[i].Results.Count; x++)
            {
                ApplyOutcome expected = i == 5 && x == 1 ? ApplyOutcome.DispatchFailed : ApplyOutcome.Success;
                Assert.True(blocks[i].Results[x].Outcome == expected, $"block {i + 1} extrinsic {x}: {blocks[i].Results[x]}");
            }
        }

        Assert.Equal(Blocks, blocks.Select(b => b.StateRoot).Distinct().Count());
        SubtensorModule m = chain.Runtime.Subtensor;
        IStorage state = new StorageOverlay(chain.State);
        Assert.Equal((ushort)5, m.SubnetworkN.Get(state, NetUid));
        Assert.True(m.SubnetEpochIndex.Get(state, NetUid) >= 2, "epochs ran after the weights");
        Assert.Equal(4, m.Weights.Get(state, NetUid, 1).Length);
        Assert.True(m.Incentive.Get(state, NetUid)[3] > m.Incentive.Get(state, NetUid)[4], "uid 3 got the most weight");
        Assert.True(m.GetStake(state, TestChain.Account("Dave"), TestChain.Account("Dave"), NetUid) > 0, "the miner earned alpha");
        Assert.True(m.SubnetTAO.Get(state, NetUid) > 0);
    }

    private static async Task<IReadOnlyList<string>> ReplayInAnotherProcessAsync(string blocksFile)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bittensor.Runtime.Replay.dll"));
        start.ArgumentList.Add(blocksFile);
        using Process process = Process.Start(start)!;
        Assert.NotEqual(Environment.ProcessId, process.Id);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ProcessTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the replay process did not finish within {ProcessTimeout}");
        }

        string output = await stdout;
        Assert.True(process.ExitCode == 0, $"replay exited with {process.ExitCode}: {await stderr}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Signs immortal extrinsics for the dev chain, counting each dev account's nonce from 0.</summary>
    private sealed class Signer(DevChainReplay chain)
    {
        private readonly Dictionary<string, uint> _nonces = [];

        public byte[] Sign(string name, RuntimeCall call, uint? nonce = null)
        {
            uint n = nonce ?? _nonces.GetValueOrDefault(name);
            _nonces[name] = n + 1;
            SubtensorRuntime runtime = chain.Runtime.Runtime;
            var implicitData = new TransactionImplicit(runtime.Version.SpecVersion, runtime.Version.TransactionVersion, chain.Genesis.Hash, chain.Genesis.Hash);
            KeyPair key = TestChain.Key(name);
            return UncheckedExtrinsic.CreateSigned(key, call.Encode(), new TransactionExtra(Era.Immortal, n, 0), implicitData, runtime.Extensions).Encode(runtime.Extensions);
        }
    }
}
