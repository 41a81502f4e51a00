using System.Text;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Chain.Rpc;
using Bittensor.Sdk.Chain.Types;
using Bittensor.Sdk.Dendrites;
using Bittensor.Sdk.Metagraphs;
using Bittensor.Sdk.Tests.Support;
using Bittensor.Sdk.Tests.Synapses;

namespace Bittensor.Sdk.Tests.EndToEnd;

/// <summary>
/// Issue 6's end-to-end flow against the real dev node: the validator syncs the metagraph, finds the miner's axon
/// there (ip and port as announced with serve_axon), queries it through the dendrite and gets an answer signed by the
/// hotkey the chain lists; bad requests to that same axon are refused without reaching the miner; and both unfunded
/// hotkeys can serve_axon and set_weights (upstream's Pays::No).
/// </summary>
[Trait("Category", "Integration")]
public sealed class MinerValidatorEndToEndTests(DevSubnet subnet) : IClassFixture<DevSubnet>
{
    private static readonly HttpClient s_raw = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Validator_SyncsMetagraphAndQueriesAnnouncedAxon_GetsSignedAnswer()
    {
        AxonInfo target = await MinerAxonFromChainAsync();
        Assert.Equal(DevSubnet.MinerIp, target.Ip);
        Assert.Equal(subnet.Axon.Port, target.Port);
        Assert.Equal(subnet.MinerHotkey.ToSs58(), target.Hotkey);
        int calls = subnet.HandlerCalls;
        using Dendrite dendrite = new(subnet.ValidatorHotkey);

        EchoSynapse answer = await dendrite.CallAsync(target, new EchoSynapse { Messages = ["hello", "chain"] }, 10);

        Assert.True(answer.IsSuccess, answer.Dendrite?.StatusMessage);
        Assert.Equal("olleh niahc", answer.Completion);
        // The dendrite requires the response signature (ResponseVerification.Required): it is the on-chain hotkey's.
        Assert.Equal(target.Hotkey, answer.Axon!.Hotkey);
        Assert.NotNull(answer.Axon.Signature);
        Assert.Equal(calls + 1, subnet.HandlerCalls);
    }

    [Fact]
    public async Task Validator_AxonAddressClaimedForAnotherHotkey_AnswerNotAccepted()
    {
        AxonInfo onChain = await MinerAxonFromChainAsync();
        AxonInfo impostor = onChain with { Hotkey = subnet.ValidatorHotkey.ToSs58() };
        using Dendrite dendrite = new(subnet.ValidatorHotkey);

        EchoSynapse answer = await dendrite.CallAsync(impostor, new EchoSynapse { Messages = ["who"] }, 10);

        // Whoever answers at that address, the answer is not signed by the hotkey the caller expected.
        Assert.False(answer.IsSuccess);
        Assert.Null(answer.Completion);
    }

    [Fact]
    public async Task AnnouncedAxon_BadRequests_RejectedWithoutTouchingMiner()
    {
        AxonInfo target = await MinerAxonFromChainAsync();
        KeyPair validator = subnet.ValidatorHotkey;

        // One good request first: it is accepted and advances the validator's nonce on the miner.
        RawRequest accepted = RawRequest.Create(target, new EchoSynapse { Messages = ["ok"] }, validator, RawRequest.NowNs());
        (int okStatus, string okBody, _) = await accepted.SendAsync(s_raw);
        Assert.True(okStatus == 200, okBody);
        int calls = subnet.HandlerCalls;
        byte[] nonceState = await File.ReadAllBytesAsync(subnet.NonceJournal);
        Assert.Contains(validator.ToSs58(), Encoding.UTF8.GetString(nonceState), StringComparison.Ordinal);

        RawRequest unsigned = RawRequest.Create(target, new EchoSynapse { Messages = ["a"] }, validator, RawRequest.NowNs(), sign: false);
        await AssertRefusedAsync(unsigned, 401, "Missing signature");

        RawRequest tampered = RawRequest.Create(target, new EchoSynapse { Messages = ["pay 1"] }, validator, RawRequest.NowNs());
        tampered.Body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(tampered.Body).Replace("pay 1", "pay 9", StringComparison.Ordinal));
        await AssertRefusedAsync(tampered, 401, "Hash mismatch");

        await AssertRefusedAsync(accepted, 401, "Nonce is too old");

        RawRequest stale = RawRequest.Create(target, new EchoSynapse { Messages = ["late"] }, validator, RawRequest.NowNs() - (60L * 1_000_000_000));
        await AssertRefusedAsync(stale, 401, "Nonce is too old");

        RawRequest unknown = RawRequest.Create(target, new DummySynapse { DummyInput = 1 }, validator, RawRequest.NowNs());
        await AssertRefusedAsync(unknown, 404, "Synapse name 'Dummy' not found");

        // A caller not registered on the subnet is refused by the miner's chain-backed blacklist.
        using (Dendrite stranger = new(KeyPair.FromUri("//E2E//Stranger")))
        {
            EchoSynapse refused = await stranger.CallAsync(target, new EchoSynapse { Messages = ["let me in"] }, 10);
            Assert.Equal(403, refused.Dendrite!.StatusCode);
            Assert.Contains("hotkey not registered on the subnet", refused.Dendrite.StatusMessage, StringComparison.Ordinal);
        }

        Assert.Equal(calls, subnet.HandlerCalls);
        Assert.Equal(nonceState, await File.ReadAllBytesAsync(subnet.NonceJournal));

        // A handler slower than the request's timeout: the axon answers 408.
        using Dendrite dendrite = new(validator);
        EchoSynapse slow = await dendrite.CallAsync(target, new EchoSynapse { Messages = ["slow"], DelayMs = 20_000 }, 1.0);
        Assert.True(slow.IsTimeout, $"{slow.Dendrite?.StatusCode} {slow.Dendrite?.StatusMessage}");

        async Task AssertRefusedAsync(RawRequest request, int expected, string message)
        {
            (int status, string body, _) = await request.SendAsync(s_raw);
            Assert.True(status == expected, $"expected {expected}, got {status}: {body}");
            Assert.Contains(message, body, StringComparison.Ordinal);
            Assert.Equal(calls, subnet.HandlerCalls);
            Assert.Equal(nonceState, await File.ReadAllBytesAsync(subnet.NonceJournal));
        }
    }

    [Fact]
    public async Task UnfundedMinerHotkey_ServeAxon_SucceedsAndStaysAtZero()
    {
        Assert.Equal(0UL, subnet.MinerHotkeyBalanceBeforeServe);
        Assert.True(subnet.ServeReceipt.Success, subnet.ServeReceipt.Error?.ToString());
        Assert.True(subnet.ServeReceipt.Fee is null or 0, $"fee {subnet.ServeReceipt.Fee}");
        Assert.Equal(0UL, await subnet.Client.GetBalanceAsync(DevSubnet.Account(subnet.MinerHotkey)));

        NeuronInfoLite? neuron = await subnet.Client.GetNeuronLiteAsync(subnet.Netuid, subnet.MinerUid);
        Assert.NotNull(neuron);
        Assert.Equal((ushort)subnet.Axon.Port, neuron.Axon.Port);
        Assert.Equal(DevSubnet.Ipv4(127, 0, 0, 2), neuron.Axon.Ip);
    }

    [Fact]
    public async Task UnfundedValidatorHotkey_SetWeights_SucceedsAndStaysAtZero()
    {
        Assert.Equal(0UL, await subnet.Client.GetBalanceAsync(DevSubnet.Account(subnet.ValidatorHotkey)));
        ExtrinsicReceipt? receipt = null;

        // The validator permit comes with the first epoch after registration (tempo 10 dev blocks): retry until then.
        await DevSubnet.EventuallyAsync(async () =>
        {
            try
            {
                receipt = await subnet.Client.SetWeightsAsync(subnet.ValidatorHotkey, subnet.Netuid, [subnet.MinerUid], [1f], 0);
                return receipt.Success ? null : $"set_weights failed: {receipt.Error}";
            }
            catch (JsonRpcException e)
            {
                return $"set_weights refused by the pool: {e.Message}";
            }
        });

        Assert.True(receipt!.Fee is null or 0, $"fee {receipt.Fee}");
        Assert.Equal(0UL, await subnet.Client.GetBalanceAsync(DevSubnet.Account(subnet.ValidatorHotkey)));
        IReadOnlyList<(ushort Uid, IReadOnlyList<(ushort Uid, ushort Value)> Row)> weights = await subnet.Client.GetWeightsAsync(subnet.Netuid, receipt.BlockHash);
        (ushort _, IReadOnlyList<(ushort Uid, ushort Value)> row) = Assert.Single(weights, w => w.Uid == subnet.ValidatorUid);
        Assert.Equal([(subnet.MinerUid, ushort.MaxValue)], row);
    }

    private async Task<AxonInfo> MinerAxonFromChainAsync()
    {
        Metagraph metagraph = await Metagraph.SyncAsync(subnet.Client, subnet.Netuid);
        int uid = metagraph.Hotkeys.IndexOf(DevSubnet.Account(subnet.MinerHotkey));
        Assert.True(uid >= 0, "the miner is not in the metagraph");
        Assert.Equal(subnet.MinerUid, metagraph.Uids[uid]);
        return metagraph.Axons[uid];
    }
}
