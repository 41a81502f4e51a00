using System.Text.Json.Nodes;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Types;
using Bittensor.Sdk.Metagraphs;
using Bittensor.Sdk.Tests.Chain;

namespace Bittensor.Benchmarks;

/// <summary>
/// Lite metagraph sync of finney netuid 1 at block 6 852 690 from the recorded answers (recorded-rpc.json,
/// "metagraph", spec 343). 1024 uids is the recording as is; 256 uids keeps the first 256 of every per-uid column,
/// re-encoded with the runtime's types. <c>Sync over loopback</c> is the whole <see cref="Metagraph.SyncAsync"/>
/// (block hash, get_neurons_lite, get_selective_mechagraph, two storage reads) against the replay
/// server on 127.0.0.1, which answers from memory like a node with hot state; <c>Decode + assemble</c> is the same
/// work without the socket. Against our own node the runtime-API execution is added on top.
/// </summary>
[MemoryDiagnoser]
public class MetagraphBenchmarks
{
    private const uint Block = 6852690;
    private const string Hash = "0xdb13c066e2c63969f140164fb3bfe7a0aaa7b71407fc0fe525d68e57329ef9d0";

    private ReplayServer? _server;
    private SubtensorClient? _client;
    private byte[] _neurons = [];
    private byte[] _info = [];
    private byte[] _saved = [];

    [Params(256, 1024)]
    public int Uids { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        JsonObject section = FinneyRecordings.Section("metagraph").DeepClone().AsObject();
        await using (ReplayServer recorded = await FinneyRecordings.ServeAsync("metagraph"))
        await using (SubtensorClient reader = await SubtensorClient.ConnectAsync(recorded.Endpoint))
        {
            H256 at = H256.Parse(Hash);
            foreach ((string method, byte[] args) in Calls)
            {
                byte[] answer = await reader.StateCallAsync(method, args, at);
                if (Uids < 1024)
                {
                    answer = Truncate(reader.Metadata, method, answer, Uids);
                    Replace(section, method, answer);
                }
            }
        }

        _server = await ReplayServer.StartAsync(section);
        _server.Metadata = (FinneyRecordings.MetadataV15Hex, FinneyRecordings.MetadataV14Hex);
        _client = await SubtensorClient.ConnectAsync(_server.Endpoint);
        _neurons = await _client.StateCallAsync(Calls[0].Method, Calls[0].Args, H256.Parse(Hash));
        _info = await _client.StateCallAsync(Calls[1].Method, Calls[1].Args, H256.Parse(Hash));
        Metagraph check = await SyncOverLoopback();
        if (check.N != Uids || !_server.Unmatched.All(u => u.StartsWith("state_subscribe", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"replay setup broken: n = {check.N}, unmatched: {string.Join(", ", _server.Unmatched)}");
        }

        _saved = MetagraphFile.Serialize(check);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Benchmark(Description = "Sync over loopback (lite)")]
    public Task<Metagraph> SyncOverLoopback() => Metagraph.SyncAsync(_client!, 1, lite: true, block: Block);

    [Benchmark(Description = "Decode + assemble (lite, no socket)")]
    public Metagraph DecodeAndAssemble() => Assemble(_client!.Metadata, 1, Block, _neurons, _info);

    /// <summary>What <see cref="Metagraph.SyncAsync"/> does with the two runtime-API answers, without the socket.</summary>
    internal static Metagraph Assemble(ChainMetadata metadata, ushort netuid, uint block, byte[] neuronsAnswer, byte[] infoAnswer)
    {
        ScaleValue neurons = metadata.RuntimeApi("NeuronInfoRuntimeApi", "get_neurons_lite").DecodeOutput(neuronsAnswer);
        ScaleValue info = metadata.RuntimeApi("SubnetInfoRuntimeApi", "get_selective_mechagraph").DecodeOutput(infoAnswer);
        return Metagraph.FromChain(new MetagraphChainData
        {
            Network = "local",
            Netuid = netuid,
            Block = block,
            Neurons = [.. ((SequenceValue)neurons).Items.Select(NeuronInfoLite.FromScale)],
            Info = MetagraphInfo.FromScale(((VariantValue)info).Single),
        });
    }

    [Benchmark(Description = "Save to bytes")]
    public int Save() => MetagraphFile.Serialize(DecodeAndAssembleOnce()).Length;

    [Benchmark(Description = "Load from bytes")]
    public int Load() => MetagraphFile.Deserialize(_saved).N;

    private Metagraph? _assembled;

    private Metagraph DecodeAndAssembleOnce() => _assembled ??= DecodeAndAssemble();

    private static readonly (string Method, byte[] Args)[] Calls = RuntimeCalls(1);

    /// <summary>The two state_calls of a lite sync of <paramref name="netuid"/>, with SCALE-encoded arguments.</summary>
    internal static (string Method, byte[] Args)[] RuntimeCalls(ushort netuid) =>
    [
        ("NeuronInfoRuntimeApi_get_neurons_lite", [(byte)netuid, (byte)(netuid >> 8)]),
        ("SubnetInfoRuntimeApi_get_selective_mechagraph", SelectiveArgs(netuid)),
    ];

    private static byte[] SelectiveArgs(ushort netuid)
    {
        // netuid (u16), mechid 0 (u8), Vec<u16> of the 74 field indices (compact length 74 << 2 = 0x0129).
        List<byte> args = [(byte)netuid, (byte)(netuid >> 8), 0, 0x29, 0x01];
        for (ushort i = 0; i < SubtensorClient.SelectiveMetagraphFieldCount; i++)
        {
            args.Add((byte)i);
            args.Add(0);
        }

        return [.. args];
    }

    // Keeps the first `uids` items of every per-uid sequence (length 1024), nested ones included, and re-encodes.
    private static byte[] Truncate(ChainMetadata metadata, string stateCall, byte[] answer, int uids)
    {
        string[] parts = stateCall.Split('_', 2);
        RuntimeApiMethod method = metadata.RuntimeApi(parts[0], parts[1]);
        ScaleValue cut = Cut(method.DecodeOutput(answer), uids);
        return metadata.Codec.Encode(method.OutputType, cut);
    }

    private static ScaleValue Cut(ScaleValue value, int uids) => value switch
    {
        SequenceValue s => ScaleValue.Sequence((s.Items.Count == 1024 ? s.Items.Take(uids) : s.Items).Select(i => Cut(i, uids))),
        CompositeValue c => ScaleValue.Composite(c.Fields.Select(f => new ScaleField(f.Name, Cut(f.Value, uids)))),
        VariantValue v => v with { Fields = [.. v.Fields.Select(f => new ScaleField(f.Name, Cut(f.Value, uids)))] },
        _ => value,
    };

    private static void Replace(JsonObject section, string stateCall, byte[] answer)
    {
        foreach ((string parameters, JsonNode? response) in section["state_call"]!.AsObject())
        {
            if (parameters.Contains($"\"{stateCall}\"", StringComparison.Ordinal))
            {
                response!["result"] = Hex.Encode(answer);
            }
        }
    }
}
