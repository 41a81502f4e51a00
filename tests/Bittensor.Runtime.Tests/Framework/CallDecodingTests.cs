using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Tests.Framework;

public class CallDecodingTests
{
    private static readonly SubtensorRuntime Runtime = new();

    private const string TransferKeepAliveBob1Tao = "0x0503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee";

    [Fact]
    public void DecodeCall_TransferKeepAliveVector_RoundTrips()
    {
        RuntimeCall call = Runtime.Definition.DecodeCall(Hex.Decode(TransferKeepAliveBob1Tao));
        Assert.True(call.Is(Runtime.Balances.TransferKeepAlive));
        Assert.Equal(1_000_000_000UL, call.Args.Get<ulong>("value"));
        Assert.True(call.Args.Address(0).TryGetAccountId(out AccountId32 bob));
        Assert.Equal("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty", bob.ToSs58());
        Assert.Equal(TransferKeepAliveBob1Tao, Hex.Encode(call.Encode()));
    }

    [Theory]
    [InlineData("0x6300", "unknown pallet index 99")]
    [InlineData("0x052a", "pallet Balances (5) has no call index 42")]
    [InlineData("0x0503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee0000", "2 trailing byte(s) after call Balances.transfer_keep_alive")]
    [InlineData("0x050300", "need 32 bytes")]
    [InlineData("0x05", "a call needs a pallet index and a call index")]
    public void DecodeCall_Malformed_NamesTheProblem(string hex, string message)
    {
        Assert.False(Runtime.Definition.TryDecodeCall(Hex.Decode(hex), out _, out string? error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeCall_NestedSudoCall_DecodesInnerCall()
    {
        RuntimeCall inner = Runtime.Balances.ForceTransfer.Create(MultiAddress.Id(new AccountId32(new byte[32])), MultiAddress.Id(new AccountId32(new byte[32])), 5UL);
        RuntimeCall sudo = Runtime.Sudo.Sudo.Create(inner);
        byte[] encoded = sudo.Encode();
        Assert.Equal([12, 0, 5, 2], encoded[..4]);
        RuntimeCall decoded = Runtime.Definition.DecodeCall(encoded);
        Assert.True(decoded.NestedCallIs(Runtime.Balances.ForceTransfer));
        Assert.Equal(encoded, decoded.Encode());
        DispatchInfo info = decoded.GetDispatchInfo();
        Assert.True(info.CallWeight.RefTime > inner.GetDispatchInfo().CallWeight.RefTime);
    }

    [Fact]
    public void Pallets_HaveUpstreamIndicesAndCallIndices()
    {
        Assert.Equal(["System", "Timestamp", "Aura", "Balances", "TransactionPayment", "Sudo"], Runtime.Definition.Pallets.Select(p => p.Name));
        Assert.Equal([0, 2, 3, 5, 6, 12], Runtime.Definition.Pallets.Select(p => (int)p.Index));
        Assert.Equal([(0, "transfer_allow_death"), (2, "force_transfer"), (3, "transfer_keep_alive"), (4, "transfer_all"), (8, "force_set_balance"), (10, "burn")], Runtime.Balances.Calls.Select(c => ((int)c.Index, c.Name)));
        Assert.Equal([(0, "sudo"), (1, "sudo_unchecked_weight"), (2, "set_key"), (3, "sudo_as"), (4, "remove_key")], Runtime.Sudo.Calls.Select(c => ((int)c.Index, c.Name)));
        Assert.Equal(22, Runtime.Balances.Events.Count);
        Assert.Equal(12, Runtime.Balances.Errors.Count);
        Assert.Equal(["dest", "value"], Runtime.Balances.TransferKeepAlive.Parameters.Select(p => p.Name));
        Assert.Equal("0xf401000000000000", Hex.Encode(Runtime.Balances.Constants.Single(c => c.Name == "ExistentialDeposit").Value));
        Assert.Equal("0xe02e000000000000", Hex.Encode(Runtime.Aura.Constants.Single(c => c.Name == "SlotDuration").Value));
        Assert.Equal("0x7017000000000000", Hex.Encode(Runtime.Timestamp.Constants.Single(c => c.Name == "MinimumPeriod").Value));
        Assert.Equal("0x60090000", Hex.Encode(Runtime.System.Constants.Single(c => c.Name == "BlockHashCount").Value));
    }
}
