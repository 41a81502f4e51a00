using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Runtime.Api;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets;
using Bittensor.Runtime.Tests.Executive;

namespace Bittensor.Runtime.Tests.Api;

public class StandardRuntimeApisTests
{
    private static readonly NodeRuntime Runtime = NodeRuntime.CreateDev();

    private static (TestChain Chain, RuntimeApiCall Call) Chain()
    {
        var chain = new TestChain(Runtime.Runtime);
        chain.Block();
        return (chain, new RuntimeApiCall(Runtime, chain.Store, chain.HeadHash));
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static byte[] U32(uint value) => BitConverter.GetBytes(value);

    [Fact]
    public void ValidateTransaction_SignedTransfer_IsTheRuntimesValidity()
    {
        (TestChain chain, RuntimeApiCall call) = Chain();
        byte[] xt = chain.Sign(TestChain.Key("Alice"), chain.TransferKeepAlive(TestChain.Bob, Balance.RaoPerTao));
        byte[] result = Runtime.Apis.Call(call, "TaggedTransactionQueue_validate_transaction", Concat([2], xt, chain.HeadHash.AsSpan().ToArray()));
        Assert.Equal(0, result[0]);
        Assert.Equal(Runtime.Runtime.ValidateTransaction(chain.Store, xt, chain.HeadHash).Encode(), result);
    }

    [Fact]
    public void ValidateTransaction_StaleNonce_IsErrInvalidStale_AndGarbageIsAnArgumentError()
    {
        (TestChain chain, RuntimeApiCall call) = Chain();
        chain.Block(chain.Sign(TestChain.Key("Alice"), chain.TransferKeepAlive(TestChain.Bob, 1_000)));
        call = call with { BlockHash = chain.HeadHash };
        byte[] stale = chain.Sign(TestChain.Key("Alice"), chain.TransferKeepAlive(TestChain.Bob, 1_000), nonce: 0);
        byte[] hash = chain.HeadHash.AsSpan().ToArray();
        Assert.Equal(new byte[] { 1, 0, (byte)InvalidTransaction.Stale }, Runtime.Apis.Call(call, "TaggedTransactionQueue_validate_transaction", Concat([2], stale, hash)));
        Assert.Throws<RuntimeApiException>(() => Runtime.Apis.Call(call, "TaggedTransactionQueue_validate_transaction", Concat([2], [8, 0xde, 0xad], hash)));
        Assert.Throws<RuntimeApiException>(() => Runtime.Apis.Call(call, "TaggedTransactionQueue_validate_transaction", Concat([3], stale, hash)));
    }

    [Fact]
    public void QueryInfo_UsesTheGivenLength_AndMatchesTheRuntimesFee()
    {
        (TestChain chain, RuntimeApiCall call) = Chain();
        byte[] xt = chain.Sign(TestChain.Key("Alice"), chain.TransferKeepAlive(TestChain.Bob, Balance.RaoPerTao));
        RuntimeDispatchInfo expected = Runtime.Runtime.QueryInfo(chain.Store, xt);
        Assert.Equal(expected.Encode(), Runtime.Apis.Call(call, "TransactionPaymentApi_query_info", Concat(xt, U32((uint)xt.Length))));
        Assert.True(expected.PartialFee > 0);

        byte[] longer = Runtime.Apis.Call(call, "TransactionPaymentApi_query_info", Concat(xt, U32((uint)xt.Length + 100)));
        Assert.Equal((expected with { PartialFee = expected.PartialFee + 100 }).Encode(), longer);

        FeeDetails details = Runtime.Runtime.QueryFeeDetails(chain.Store, xt);
        byte[] encoded = Runtime.Apis.Call(call, "TransactionPaymentApi_query_fee_details", Concat(xt, U32((uint)xt.Length)));
        var reader = new ScaleReader(encoded);
        Assert.True(reader.ReadOptionTag());
        Assert.Equal(details.BaseFee, reader.ReadU64());
        Assert.Equal((ulong)xt.Length, reader.ReadU64());
        Assert.Equal(details.AdjustedWeightFee, reader.ReadU64());
        Assert.Equal(0UL, reader.ReadU64());
        reader.EnsureConsumed();
        Assert.Throws<RuntimeApiException>(() => Runtime.Apis.Call(call, "TransactionPaymentApi_query_info", xt));
    }

    [Fact]
    public void QueryCallInfo_IsTheCallsOwnWeightAndFee()
    {
        (TestChain chain, RuntimeApiCall call) = Chain();
        RuntimeCall transfer = chain.TransferKeepAlive(TestChain.Bob, 1_000);
        DispatchInfo info = transfer.GetDispatchInfo();
        byte[] answer = Runtime.Apis.Call(call, "TransactionPaymentCallApi_query_call_info", Concat(transfer.Encode(), U32(120)));
        FeeDetails fee = Runtime.Runtime.TransactionPayment.ComputeFeeDetails(Runtime.Runtime.CreateContext(chain.Store), 120, info.TotalWeight, info.PaysFee, 0);
        Assert.Equal(new RuntimeDispatchInfo(info.TotalWeight, info.Class, fee.InclusionFee).Encode(), answer);
        Assert.Equal(1, Runtime.Apis.Call(call, "TransactionPaymentCallApi_query_call_fee_details", Concat(transfer.Encode(), U32(120)))[0]);
        Assert.Throws<RuntimeApiException>(() => Runtime.Apis.Call(call, "TransactionPaymentCallApi_query_call_info", Concat([0x63, 0x00], U32(120))));
    }

    [Fact]
    public void WeightAndLengthToFee_AreLinearWeightToFeeAndIdentity()
    {
        (_, RuntimeApiCall call) = Chain();
        var weight = new Weight(2_000_000, 0);
        byte[] encodedWeight = ScaleCodec.Encode<Weight, Weight>(weight);
        Assert.Equal(BitConverter.GetBytes(TransactionPaymentPallet.WeightToFee(weight)), Runtime.Apis.Call(call, "TransactionPaymentApi_query_weight_to_fee", encodedWeight));
        Assert.Equal(BitConverter.GetBytes(1_000UL), Runtime.Apis.Call(call, "TransactionPaymentApi_query_weight_to_fee", encodedWeight));
        Assert.Equal(BitConverter.GetBytes(321UL), Runtime.Apis.Call(call, "TransactionPaymentCallApi_query_length_to_fee", U32(321)));
    }

    [Fact]
    public void Aura_SlotDurationAndAuthorities()
    {
        (TestChain chain, RuntimeApiCall call) = Chain();
        Assert.Equal(BitConverter.GetBytes(12_000UL), Runtime.Apis.Call(call, "AuraApi_slot_duration", []));
        AccountId32[] authorities = Runtime.Runtime.Aura.Authorities.Get(new Bittensor.Runtime.Framework.Storage.StorageOverlay(chain.Store));
        Assert.NotEmpty(authorities);
        byte[] answer = Runtime.Apis.Call(call, "AuraApi_authorities", []);
        byte[] expected = [(byte)(authorities.Length << 2), .. authorities.SelectMany(a => a.AsSpan().ToArray())];
        Assert.Equal(expected, answer);
    }
}
