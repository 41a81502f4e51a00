using System.Diagnostics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Node.Hosting;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Metagraphs;
using Microsoft.AspNetCore.Builder;

namespace Bittensor.Benchmarks;

/// <summary>
/// Lite metagraph sync of a 256-uid subnet from our own node (issue 6's bench item, target ≤ 50 ms). The global setup
/// hosts the dev node in process (as <see cref="RpcBenchmarks"/>; real RPC server on loopback, 250 ms blocks), has
/// //Alice register and start a subnet, raise its registration limits through sudo, and burned-register 255 more
/// hotkeys, submitted back to back without waiting (the pool orders them by nonce). <see cref="SyncLite"/> is the
/// whole <see cref="Metagraph.SyncAsync"/> a validator runs: current block, block hash, get_neurons_lite,
/// get_selective_mechagraph and the mechanism reads, executed by the node's runtime and decoded by the SDK.
/// </summary>
[MemoryDiagnoser]
public class MetagraphNodeBenchmarks
{
    private const int Uids = 256;

    private WebApplication? _app;
    private SubtensorClient? _client;
    private ushort _netuid;
    private uint _block;
    private H256 _hash;
    private byte[] _neurons = [];
    private byte[] _info = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Node:Dev"] = "true",
            ["Rpc:Port"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        _app = NodeHost.Build(settings);
        await _app.StartAsync();
        _client = await SubtensorClient.ConnectAsync(NodeHost.GetRpcEndpoint(_app));
        _netuid = await CreateSubnetAsync(_client, Uids);
        Metagraph check = await SyncLite();
        if (check.N != Uids)
        {
            throw new InvalidOperationException($"the subnet has {check.N} uids, not {Uids}");
        }

        _block = await _client.GetCurrentBlockAsync();
        _hash = await _client.GetBlockHashAsync(_block);
        (_neurons, _info) = await RuntimeApiCalls();
        if (DecodeAndAssemble().N != Uids)
        {
            throw new InvalidOperationException("the runtime-API answers do not hold the subnet");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    [Benchmark(Description = "Sync from our node (lite, 256 uids)")]
    public Task<Metagraph> SyncLite() => Metagraph.SyncAsync(_client!, _netuid, lite: true);

    /// <summary>The node's share: the two runtime-API state_calls of a sync (execution + hex over loopback), not decoded.</summary>
    [Benchmark(Description = "Node: the two state_calls (raw)")]
    public async Task<(byte[] Neurons, byte[] Info)> RuntimeApiCalls()
    {
        (string Method, byte[] Args)[] calls = MetagraphBenchmarks.RuntimeCalls(_netuid);
        Task<byte[]> neurons = _client!.StateCallAsync(calls[0].Method, calls[0].Args, _hash);
        Task<byte[]> info = _client.StateCallAsync(calls[1].Method, calls[1].Args, _hash);
        return (await neurons, await info);
    }

    /// <summary>The SDK's share: decoding those two answers and assembling the metagraph, no socket.</summary>
    [Benchmark(Description = "SDK: decode + assemble (no socket)")]
    public Metagraph DecodeAndAssemble() => MetagraphBenchmarks.Assemble(_client!.Metadata, _netuid, _block, _neurons, _info);

    /// <summary>
    /// <c>metagraph-cpu [rounds]</c>: each part measured <paramref name="rounds"/> times after a warm-up, as the fastest
    /// wall-clock round (the least disturbed by other processes on a loaded machine), the median and 90th percentile, and
    /// the process CPU time per round (node and SDK share the process; it includes the node's block authoring meanwhile).
    /// </summary>
    internal static async Task MeasureCpuAsync(int rounds, TextWriter output)
    {
        MetagraphNodeBenchmarks bench = new();
        await bench.SetupAsync();
        try
        {
            await MeasureAsync("sync from our node (lite, 256 uids)", async () => await bench.SyncLite());
            await MeasureAsync("node: the two state_calls (raw)", async () => await bench.RuntimeApiCalls());
            await MeasureAsync("sdk: decode + assemble (no socket)", () =>
            {
                bench.DecodeAndAssemble();
                return Task.CompletedTask;
            });
        }
        finally
        {
            await bench.CleanupAsync();
        }

        async Task MeasureAsync(string name, Func<Task> action)
        {
            for (int i = 0; i < 5; i++)
            {
                await action();
            }

            using Process self = Process.GetCurrentProcess();
            List<double> wall = [];
            self.Refresh();
            TimeSpan cpuBefore = self.TotalProcessorTime;
            for (int i = 0; i < rounds; i++)
            {
                Stopwatch one = Stopwatch.StartNew();
                await action();
                wall.Add(one.Elapsed.TotalMilliseconds);
            }

            self.Refresh();
            TimeSpan cpu = self.TotalProcessorTime - cpuBefore;
            wall.Sort();
            output.WriteLine(FormattableString.Invariant(
                $"{name}: fastest {wall[0]:0.00} ms, median {wall[wall.Count / 2]:0.00} ms, 90th percentile {wall[wall.Count * 9 / 10]:0.00} ms, process CPU {cpu.TotalMilliseconds / rounds:0.00} ms/round, {rounds} rounds"));
        }
    }

    /// <summary>A started subnet owned by //Alice with <paramref name="uids"/> registered hotkeys (//Bench//Uid//i).</summary>
    internal static async Task<ushort> CreateSubnetAsync(SubtensorClient client, int uids)
    {
        KeyPair alice = KeyPair.FromUri("//Alice");
        var aliceId = new AccountId32(alice.PublicKey.Span);
        HashSet<ushort> before = [.. await client.GetAllSubnetNetuidsAsync()];
        ExtrinsicReceipt created = Check(await client.RegisterNetworkAsync(alice, aliceId), "register_network");
        ushort netuid = (await client.GetAllSubnetNetuidsAsync(created.BlockHash)).Single(n => !before.Contains(n));
        Check(await client.StartCallAsync(alice, netuid), "start_call");

        // One burned_register per block and a few per interval are the defaults; a benchmark subnet needs them all at once.
        ushort limit = (ushort)(2 * uids);
        await SudoAsync(client, alice, "sudo_set_max_registrations_per_block", netuid, "max_registrations_per_block", limit);
        await SudoAsync(client, alice, "sudo_set_target_registrations_per_interval", netuid, "target_registrations_per_interval", limit);
        await SudoAsync(client, alice, "sudo_set_max_allowed_uids", netuid, "max_allowed_uids", (ushort)uids);

        Stopwatch clock = Stopwatch.StartNew();
        int next = 0;
        ushort n = await client.GetSubnetworkNAsync(netuid);
        while (n < uids)
        {
            // Submit what is missing without waiting, then wait for the pool to drain into blocks; a transaction that
            // outlived its era (or was dropped) is simply replaced by a new hotkey in the next round.
            for (int i = n; i < uids; i++)
            {
                AccountId32 hotkey = new(KeyPair.FromUri($"//Bench//Uid//{next++}").PublicKey.Span);
                await client.SignAndSubmitAsync(SubtensorCalls.BurnedRegister(client.Metadata, netuid, hotkey), alice, waitForInclusion: false);
            }

            ushort last = 0;
            while ((n = await client.GetSubnetworkNAsync(netuid)) < uids && n != last)
            {
                last = n;
                await client.WaitForBlockAsync();
                await client.WaitForBlockAsync();
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new InvalidOperationException($"only {n} of {uids} uids registered after 5 minutes");
            }
        }

        return netuid;
    }

    private static async Task SudoAsync(SubtensorClient client, KeyPair sudo, string call, ushort netuid, string argument, ushort value)
    {
        byte[] inner = client.ComposeCall("AdminUtils", call, new ScaleField("netuid", ScaleValue.U16(netuid)), new ScaleField(argument, ScaleValue.U16(value)));
        ExtrinsicReceipt receipt = Check(await client.SignAndSubmitAsync(client.ComposeCall("Sudo", "sudo", new ScaleField("call", client.Metadata.DecodeCall(inner))), sudo), call);

        // Sudo succeeds as an extrinsic even when the inner call fails; its Sudid event carries the inner result.
        foreach (ScaleValue ev in receipt.Events)
        {
            if (ev is VariantValue { Name: "Sudo" } pallet && pallet.Single is VariantValue { Name: "Sudid" } sudid
                && sudid.Single is VariantValue { Name: "Err" } error)
            {
                throw new InvalidOperationException($"{call} failed under sudo: {SubtensorClient.DispatchError(client.Metadata, error.Single)}");
            }
        }
    }

    private static ExtrinsicReceipt Check(ExtrinsicReceipt receipt, string what) =>
        receipt.Success ? receipt : throw new InvalidOperationException($"{what} failed: {receipt.Error}");
}
