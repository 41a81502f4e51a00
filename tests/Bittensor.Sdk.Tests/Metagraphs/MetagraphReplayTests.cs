using System.Text.Json.Nodes;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Types;
using Bittensor.Sdk.Metagraphs;
using Bittensor.Sdk.Tests.Chain;

namespace Bittensor.Sdk.Tests.Metagraphs;

/// <summary>
/// Metagraph sync against the recorded finney "metagraph" section (spec 343 = the shipped metadata; netuid 1 at block
/// 6 852 690, 1024 uids), replayed over a local socket. Raw values were read from the recorded responses.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MetagraphReplayTests
{
    private const uint RecordedBlock = 6852690;

    [Fact]
    public async Task SyncAsync_LiteNetuid1_MakesTheUpstreamCallsAndNoOthers()
    {
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);

        Metagraph metagraph = await Metagraph.SyncAsync(client, 1);

        // Every call was one upstream's sync made while recording (the runtime-upgrade subscription aside).
        Assert.Equal(["state_subscribeRuntimeVersion()"], server.Unmatched);
        Assert.Contains(server.Received, r => r.StartsWith("state_call(\"SubnetInfoRuntimeApi_get_selective_mechagraph\"", StringComparison.Ordinal));
        Assert.Contains(server.Received, r => r.StartsWith("state_call(\"NeuronInfoRuntimeApi_get_neurons_lite\"", StringComparison.Ordinal));

        // The selective mechagraph carried the stake columns, so get_subnet_state (the same stakes again) was not asked.
        Assert.DoesNotContain(server.Received, r => r.Contains("get_subnet_state", StringComparison.Ordinal));
        Assert.Equal(RecordedBlock, metagraph.Block);
        Assert.Equal("local", metagraph.Network);
        Assert.True(metagraph.Lite);
        Assert.Null(metagraph.Weights);
        Assert.Null(metagraph.Bonds);
    }

    [Fact]
    public async Task SyncAsync_LiteNetuid1_PerUidColumnsMatchRecording()
    {
        Metagraph m = await SyncRecordedAsync();

        Assert.Equal(1024, m.N);
        Assert.Equal(1, m.Netuid);
        Assert.Equal(Enumerable.Range(0, 1024).Select(i => (ushort)i), m.Uids);
        Assert.Equal("0x4a7a6cf22af0de8f0c3566ceb47c255da605cf9243f6c1a6433cc782fa610166", Hex.Encode(m.Hotkeys[0].AsSpan()));
        Assert.Equal("0x74762d04a38847530ae54f185efda75989c6cb66eab33295ee5401af6e2ac035", Hex.Encode(m.Coldkeys[0].AsSpan()));

        // uid 245: a validator with root stake. alpha 7 624 565 237 267, tao 133 607 842 822 491, total 31 673 976 936 605 rao.
        MetagraphNeuron v = m[245];
        Assert.Equal((float)(7624565237267 / 1e9), v.AlphaStake);
        Assert.Equal((float)(133607842822491 / 1e9 * 0.18), v.TaoStake);
        Assert.Equal((float)(31673976936605 / 1e9), v.Stake);
        Assert.Equal((float)(31673976936605 / 1e9), m.TotalStake[245]);
        Assert.Equal(1f, v.ValidatorTrust);
        Assert.Equal((float)(1223 / 65535.0), v.Dividends);
        Assert.Equal((float)(765532164 / 1e9), v.Emission);
        Assert.True(v.Active);
        Assert.True(v.ValidatorPermit);
        Assert.Equal(6852677UL, v.LastUpdate);
        Assert.Equal(0f, v.Incentive);

        // uid 395: the miner holding all incentive (u16 65535 → exactly 1).
        MetagraphNeuron miner = m[395];
        Assert.Equal(1f, miner.Incentive);
        Assert.Equal(1f, miner.Consensus);
        Assert.Equal(1f, miner.Rank);
        Assert.Equal(1f, miner.Trust);
        Assert.Equal((float)(41000228794 / 1e9), miner.Emission);
        Assert.False(miner.Active);
        Assert.Equal(2540585UL, miner.LastUpdate);
        Assert.False(miner.Axon.IsServing);

        Assert.Equal("192.222.59.109", m.Axons[0].Ip);
        Assert.Equal(6028, m.Axons[0].Port);
        Assert.Equal(m.Hotkeys[0].ToSs58(), m.Axons[0].Hotkey);
        Assert.Equal(m.Coldkeys[0].ToSs58(), m.Axons[0].Coldkey);
        Assert.Equal("/ipv4/192.222.59.109:6028", m.Addresses[0]);
        Assert.Equal(10, m.Active.Count(a => a));
        Assert.Equal(21, m.TaoStake.Count(t => t > 0));
    }

    [Fact]
    public async Task SyncAsync_LiteNetuid1_TotalStakeIsAlphaPlusWeightedRoot()
    {
        // The chain computes total = alpha + 0.18 × tao in fixed point; the SDK's three columns must agree with it.
        Metagraph m = await SyncRecordedAsync();

        for (int uid = 0; uid < m.N; uid++)
        {
            double expected = (double)m.AlphaStake[uid] + m.TaoStake[uid];
            Assert.True(Math.Abs(expected - m.Stake[uid]) <= 1e-6 * Math.Max(1, expected), $"uid {uid}: {m.AlphaStake[uid]} + {m.TaoStake[uid]} != {m.Stake[uid]}");
        }
    }

    [Fact]
    public async Task SyncAsync_LiteNetuid1_SubnetFieldsMatchRecording()
    {
        Metagraph m = await SyncRecordedAsync();

        Assert.Equal("Apex", m.Name);
        Assert.Equal("α", m.Symbol);
        Assert.Equal("Apex", m.Identity!["subnet_name"]);
        Assert.Equal("https://github.com/macrocosm-os/apex", m.Identity["github_repo"]);
        Assert.Equal(1497824UL, m.NetworkRegisteredAt);
        Assert.Equal("0xe2ee75ea11e4c5b7f5dac2e735278cfa0b1590c9856690f66653bdd85b709104", Hex.Encode(m.OwnerHotkey!.Value.AsSpan()));
        Assert.Equal(m.OwnerHotkey, m.OwnerColdkey);
        Assert.Equal(99UL, m.Tempo);
        Assert.Equal(6852597UL, m.LastStep);
        Assert.Equal(93UL, m.BlocksSinceLastStep);
        Assert.Equal(1024UL, m.NumUids);
        Assert.Equal(1024UL, m.MaxUids);
        Assert.Equal(1024, m.Identities.Length);
        Assert.Equal(11, m.Identities.Count(i => i is not null));
        Assert.Equal("Macrocosmos", m.Identities[630]!["name"]);
        Assert.Equal("https://github.com/macrocosm-os", m.Identities[630]!["github_repo"]);
        Assert.Equal((float)(1224 / 65535.0), m.PruningScore[245]);
        Assert.Equal(5901581UL, m.BlockAtRegistration[245]);
        Assert.Equal(0.173792932, m.AlphaDividendsPerHotkey[245].Tao);
        Assert.Equal("0x2a1338c71b294e4631d53c523aef9bfe441beac7f0e8ec114e2923ea511abe7d", Hex.Encode(m.AlphaDividendsPerHotkey[245].Hotkey.AsSpan()));

        MetagraphInfoParams p = m.Hparams!;
        Assert.Equal(10UL, p.Rho);
        Assert.Equal(32767UL, p.Kappa);
        Assert.Equal(1.0, p.MaxWeightsLimit);
        Assert.Equal(1 / 65535.0, p.MinAllowedWeights);
        Assert.Equal(58982 / 65535.0, p.AlphaHigh);
        Assert.Equal(45875 / 65535.0, p.AlphaLow);
        Assert.Equal(900000 / 18446744073709551615.0, p.BondsMovingAvg);
        Assert.Equal(17893341751498265066 / 18446744073709551615.0, p.AdjustmentAlpha);
        Assert.Equal(10000000 / 18446744073709551615.0, p.Difficulty);
        Assert.Equal(0.0005, p.Burn);
        Assert.Equal(0.0005, p.MinBurn);
        Assert.Equal(100.0, p.MaxBurn);
        Assert.Equal(5000UL, p.ActivityCutoff);
        Assert.Equal(128UL, p.MaxValidators);
        Assert.Equal(7200UL, p.ImmunityPeriod);
        Assert.Equal(21706UL, p.WeightsVersion);
        Assert.True(p.CommitRevealWeightsEnabled);
        Assert.True(p.PowRegistrationAllowed);
        Assert.False(p.LiquidAlphaEnabled);
        Assert.Equal(99UL, p.Tempo);

        Assert.Equal(2316467.425363654, m.Pool!.AlphaIn);
        Assert.Equal(924521.643526855, m.Pool.AlphaOut);
        Assert.Equal(22079.400556774, m.Pool.TaoIn);
        Assert.Equal(609202.105066978, m.Pool.SubnetVolume);
        Assert.Equal(40869489 / 4294967296.0, m.Pool.MovingPrice);
        Assert.Equal(1.0, m.Emissions!.AlphaOutEmission);
        Assert.Equal(1.0, m.Emissions.AlphaInEmission);
        Assert.Equal(0.00953194, m.Emissions.TaoInEmission);
        Assert.Equal(67.360456641, m.Emissions.PendingAlphaEmission);
        Assert.Equal(0.0, m.Emissions.SubnetEmission);

        // Recorded as absent: the mechanism count reads the storage default and the split is unset.
        Assert.Equal(1, m.MechanismCount);
        Assert.Null(m.EmissionsSplit);
    }

    [Fact]
    public async Task GetMetagraphInfoAsync_Netuid1_AgreesWithSubnetStateAndNeurons()
    {
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);
        H256 at = await client.GetBlockHashAsync(RecordedBlock);

        MetagraphInfo info = (await client.GetMetagraphInfoAsync(1, 0, null, at))!;
        SubnetState state = (await client.GetSubnetStateAsync(1, at))!;
        IReadOnlyList<NeuronInfoLite> neurons = await client.GetNeuronsLiteAsync(1, at);

        Assert.Equal(1, info.Netuid);
        Assert.Equal(0, info.Mechid);
        Assert.Equal((ulong)RecordedBlock, info.Block);
        Assert.Equal(state.Hotkeys, info.Hotkeys);
        Assert.Equal(neurons.Select(n => n.Hotkey), state.Hotkeys);
        Assert.Equal(neurons.Select(n => n.Coldkey), state.Coldkeys);
        Assert.Equal(state.TotalStake, info.TotalStake);
        Assert.Equal(neurons.Select(n => n.Emission), state.Emission);
        Assert.Equal(neurons.Select(n => n.Axon), info.Axons);
        Assert.Equal([496, 395, 245, 966, 24, 993, 447, 697, 518, 276, 502, 630], info.Validators);
        Assert.Equal(2, info.Commitments!.Count);
        Assert.Equal(40869489, info.MovingPriceBits);
    }

    [Fact]
    public async Task SyncAsync_FullNetuid1_DensifiesWeightsAndBondsFromGetNeurons()
    {
        // No spec-343 get_neurons answer was recorded, so the test builds one the runtime's way: the recorded
        // neuron records plus weight and bond rows, SCALE-encoded as the metadata's get_neurons output type.
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);
        Dictionary<int, (ushort Uid, ushort Value)[]> weights = new()
        {
            [245] = [(395, 65535), (0, 32768), (1023, 1)],
            [496] = [(7, 100)],
        };
        Dictionary<int, (ushort Uid, ushort Value)[]> bonds = new() { [245] = [(395, 4000), (3, 17)] };
        string answer = await FullNeuronsAnswerAsync(client, weights, bonds);
        server.Override = (method, p) => method == "state_call" && p[0]!.GetValue<string>() == "NeuronInfoRuntimeApi_get_neurons"
            ? new JsonObject { ["result"] = answer }
            : null;

        Metagraph m = await Metagraph.SyncAsync(client, 1, lite: false, block: RecordedBlock);

        Assert.False(m.Lite);
        MetagraphMatrix w = m.Weights!;
        Assert.Equal((1024, 1024), (w.Rows, w.Columns));
        float sum = 65535f + 32768f + 1f;
        Assert.Equal(65535f / sum, w[245, 395]);
        Assert.Equal(32768f / sum, w[245, 0]);
        Assert.Equal(1f / sum, w[245, 1023]);
        Assert.Equal(1f, w[496, 7]);
        Assert.Equal(0f, w[0, 0]);
        Assert.Equal(1.0, m[245].Weights.ToArray().Sum(x => (double)x), 6);
        Assert.Equal(1024 - 2, Enumerable.Range(0, 1024).Count(r => w.Row(r).IndexOfAnyExcept(0f) < 0));
        MetagraphMatrix b = m.Bonds!;
        Assert.Equal(4000f, b[245, 395]);
        Assert.Equal(17f, b[245, 3]);
        Assert.Equal(0f, b[496, 7]);

        // The neuron columns are those of the lite sync.
        Metagraph lite = await Metagraph.SyncAsync(client, 1, lite: true, block: RecordedBlock);
        // (ImmutableArray's own Equals compares array references, so compare contents.)
        Assert.Equal(lite.Stake.ToArray(), m.Stake.ToArray());
        Assert.Equal(lite.Incentive.ToArray(), m.Incentive.ToArray());
        Assert.Equal(lite.AxonRecords.ToArray(), m.AxonRecords.ToArray());
    }

    [Fact]
    public async Task SyncAsync_NoMetagraphInfo_ReadsStakesFromSubnetState()
    {
        // The runtime answering None for the selective mechagraph (e.g. an unknown mechanism) leaves the extras unset,
        // and the stakes come from get_subnet_state as upstream reads them.
        Metagraph expected = await SyncRecordedAsync();
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        server.Override = (method, p) => method == "state_call" && p[0]!.GetValue<string>() == "SubnetInfoRuntimeApi_get_selective_mechagraph"
            ? new JsonObject { ["result"] = "0x00" }
            : null;
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);

        Metagraph m = await Metagraph.SyncAsync(client, 1, block: RecordedBlock);

        Assert.Contains(server.Received, r => r.StartsWith("state_call(\"SubnetInfoRuntimeApi_get_subnet_state\"", StringComparison.Ordinal));
        Assert.Equal(expected.Stake.ToArray(), m.Stake.ToArray());
        Assert.Equal(expected.AlphaStake.ToArray(), m.AlphaStake.ToArray());
        Assert.Equal(expected.TaoStake.ToArray(), m.TaoStake.ToArray());
        Assert.Null(m.Name);
        Assert.Null(m.Hparams);
        Assert.Null(m.Pool);
        Assert.True(m.PruningScore.IsEmpty);
    }

    [Fact]
    public async Task SyncAsync_CancelledToken_Throws()
    {
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Metagraph.SyncAsync(client, 1, cancellationToken: cts.Token));
    }

    internal static async Task<Metagraph> SyncRecordedAsync()
    {
        await using ReplayServer server = await FinneyRecordings.ServeAsync("metagraph");
        await using SubtensorClient client = await SubtensorClient.ConnectAsync(server.Endpoint);
        return await Metagraph.SyncAsync(client, 1, block: RecordedBlock);
    }

    /// <summary>The recorded get_neurons_lite records with weight and bond rows added, encoded as get_neurons' output type.</summary>
    internal static async Task<string> FullNeuronsAnswerAsync(SubtensorClient client, Dictionary<int, (ushort Uid, ushort Value)[]> weights, Dictionary<int, (ushort Uid, ushort Value)[]> bonds)
    {
        H256 at = await client.GetBlockHashAsync(RecordedBlock);
        ScaleValue lite = await client.CallRuntimeApiAsync("NeuronInfoRuntimeApi", "get_neurons_lite", [ScaleValue.U16(1)], at);
        SequenceValue records = Assert.IsType<SequenceValue>(lite);
        var full = ScaleValue.Sequence(records.Items.Select((record, uid) => (ScaleValue)ScaleValue.Composite(
            [.. ((CompositeValue)record).Fields,
             new ScaleField("weights", Rows(weights, uid)),
             new ScaleField("bonds", Rows(bonds, uid))])));
        byte[] encoded = client.Metadata.Codec.Encode(client.Metadata.RuntimeApi("NeuronInfoRuntimeApi", "get_neurons").OutputType, full);
        return Hex.Encode(encoded);

        static SequenceValue Rows(Dictionary<int, (ushort Uid, ushort Value)[]> rows, int uid) =>
            ScaleValue.Sequence((rows.TryGetValue(uid, out var row) ? row : []).Select(p => (ScaleValue)ScaleValue.Tuple(ScaleValue.U16(p.Uid), ScaleValue.U16(p.Value))));
    }
}
