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
