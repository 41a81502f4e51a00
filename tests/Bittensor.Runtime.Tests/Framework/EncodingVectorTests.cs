using System.Text.Json;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Runtime.Executive;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Tests.Vectors;

namespace Bittensor.Runtime.Tests.Framework;

public class EncodingVectorTests
{
    private static readonly SubtensorRuntime Runtime = new();

    private static JsonElement Vectors => VectorFile.Load("substrate-crypto.json");

    [Fact]
    public void EventRecords_EncodeExactlyAsVector_AndDecodeBack()
    {
        JsonElement v = Vectors.GetProperty("events");
        string expected = v.EnumerateObject().First(p => p.Name.StartsWith("Vec<EventRecord>", StringComparison.Ordinal)).Value.GetString()!;
        var system = Runtime.System;
        EventRecord[] records =
        [
            new(Phase.ApplyExtrinsic(1), system.ExtrinsicSuccess.Create(new DispatchEventInfo(new Weight(125_000_000, 3_593), DispatchClass.Normal, Pays.Yes)), []),
            new(Phase.ApplyExtrinsic(2), system.ExtrinsicFailed.Create(DispatchError.Module(7, 6), new DispatchEventInfo(new Weight(1_000, 0), DispatchClass.Normal, Pays.Yes)), []),
            new(Phase.Finalization, system.ExtrinsicSuccess.Create(new DispatchEventInfo(Weight.Zero, DispatchClass.Mandatory, Pays.Yes)), []),
        ];

        Assert.Equal(expected, Hex.Encode(EventRecord.EncodeAll(records)));

        IReadOnlyList<EventRecord> decoded = Runtime.Definition.DecodeEvents(Hex.Decode(expected));
        Assert.Equal(3, decoded.Count);
        Assert.True(decoded[1].Event.Is(system.ExtrinsicFailed));
        Assert.Equal(DispatchError.Module(7, 6), decoded[1].Event.Get<DispatchError>("dispatch_error"));
        Assert.Equal(Phase.Finalization, decoded[2].Phase);
        Assert.Equal(expected, Hex.Encode(EventRecord.EncodeAll(decoded)));
    }

    [Fact]
    public void RuntimeDispatchInfo_EncodesAsPaymentQueryInfoVector()
    {
        string expected = Vectors.GetProperty("payment_query_info_result").GetProperty("scale").GetString()!;
        var info = new RuntimeDispatchInfo(new Weight(125_000_000, 3_593), DispatchClass.Normal, 123_456);
        Assert.Equal(expected, Hex.Encode(info.Encode()));
    }

    [Theory]
    [InlineData(DispatchErrorKind.Other, "0x00")]
    [InlineData(DispatchErrorKind.CannotLookup, "0x01")]
    [InlineData(DispatchErrorKind.BadOrigin, "0x02")]
    [InlineData(DispatchErrorKind.ConsumerRemaining, "0x04")]
    [InlineData(DispatchErrorKind.NoProviders, "0x05")]
    [InlineData(DispatchErrorKind.TooManyConsumers, "0x06")]
    [InlineData(DispatchErrorKind.Exhausted, "0x0a")]
    [InlineData(DispatchErrorKind.Corruption, "0x0b")]
    [InlineData(DispatchErrorKind.Unavailable, "0x0c")]
    [InlineData(DispatchErrorKind.RootNotAllowed, "0x0d")]
    public void DispatchError_UnitVariants_EncodeAsTheirIndex(DispatchErrorKind kind, string hex)
    {
        DispatchError error = kind switch
        {
            DispatchErrorKind.Other => DispatchError.Other("not encoded"),
            DispatchErrorKind.CannotLookup => DispatchError.CannotLookup,
            DispatchErrorKind.BadOrigin => DispatchError.BadOrigin,
            DispatchErrorKind.ConsumerRemaining => DispatchError.ConsumerRemaining,
            DispatchErrorKind.NoProviders => DispatchError.NoProviders,
            DispatchErrorKind.TooManyConsumers => DispatchError.TooManyConsumers,
            DispatchErrorKind.Exhausted => DispatchError.Exhausted,
            DispatchErrorKind.Corruption => DispatchError.Corruption,
            DispatchErrorKind.Unavailable => DispatchError.Unavailable,
            _ => DispatchError.RootNotAllowed,
        };
        Assert.Equal(hex, Hex.Encode(ScaleCodec.Encode(error)));
        Assert.Equal(error, ScaleCodec.Decode<DispatchError>(Hex.Decode(hex)));
    }

    [Fact]
    public void DispatchError_VariantsWithData_EncodeAsUpstream()
    {
        Assert.Equal("0x030c00000000", Hex.Encode(ScaleCodec.Encode(DispatchError.Module(12, 0))));
        Assert.Equal("0x0708", Hex.Encode(ScaleCodec.Encode(DispatchError.Token(TokenError.NotExpendable))));
        Assert.Equal("0x0801", Hex.Encode(ScaleCodec.Encode(DispatchError.Arithmetic(ArithmeticError.Overflow))));
        Assert.Equal("0x0900", Hex.Encode(ScaleCodec.Encode(DispatchError.Transactional(TransactionalError.LimitReached))));
        Assert.Equal("0x0e0c", Hex.Encode(ScaleCodec.Encode(DispatchError.Trie(12))));
        Assert.Equal(DispatchError.Token(TokenError.Blocked), ScaleCodec.Decode<DispatchError>([7, 9]));
        Assert.Throws<FormatException>(() => ScaleCodec.Decode<DispatchError>([7, 10]));
        Assert.Throws<FormatException>(() => ScaleCodec.Decode<DispatchError>([15]));
        Assert.Equal(Runtime.Sudo.RequireSudo.ToDispatchError(), DispatchError.Module(12, 0));
    }

    [Fact]
    public void TransactionValidityError_EncodesAndDescribesAsSubstrate()
    {
        Assert.Equal("0x0004", Hex.Encode(ScaleCodec.Encode(TransactionValidityError.Invalid(InvalidTransaction.BadProof))));
        Assert.Equal("0x000708", Hex.Encode(ScaleCodec.Encode(TransactionValidityError.InvalidCustom(8))));
        Assert.Equal("0x0101", Hex.Encode(ScaleCodec.Encode(TransactionValidityError.Unknown(UnknownTransaction.NoUnsignedValidator))));
        Assert.Equal("Transaction has a bad signature", TransactionValidityError.Invalid(InvalidTransaction.BadProof).Message);
        Assert.Equal("Transaction is outdated", TransactionValidityError.Invalid(InvalidTransaction.Stale).Message);
        Assert.Equal("Transaction will be valid in the future", TransactionValidityError.Invalid(InvalidTransaction.Future).Message);
        Assert.Equal("Transaction has an ancient birth block", TransactionValidityError.Invalid(InvalidTransaction.AncientBirthBlock).Message);
        Assert.Equal("Custom error: 8", TransactionValidityError.InvalidCustom(8).Message);
        Assert.Equal(TransactionValidityError.InvalidCustom(8), ScaleCodec.Decode<TransactionValidityError>(Hex.Decode("0x000708")));
    }

    [Fact]
    public void RuntimeVersion_Encoding_MatchesFinneyMetadataConstant()
    {
        // finney metadata (recorded at spec 343) System.Version constant, byte for byte.
        const string Recorded = "0x386e6f64652d73756274656e736f72386e6f64652d73756274656e736f7201000000570100000100000058df6acb689907609b0500000037e397fc7c91f5e40200000040fe3ad401f8959a06000000fbc577b9d747efd601000000d2bc9897eed08f1503000000f78b278be53f454c02000000dd718d5cc53262d401000000ab3c0572291feb8b01000000ed99c5acb25eedf503000000bc9d89904f5b923f0100000037c8bb1350a9a2a804000000f3ff14d5ab52705903000000582211f65bb14b8906000000e65b00e46cedd0aa0200000068b66ba122c93fa70200000042e62be4a39e5b6001000000806df4ccaa9ed485010000008375104b299b74c5010000005d1fbfbe852f280701000000c6886e2f8e598b0a01000000cbca25e39f14238702000000a8b093e6508d9e9c010000000100000001";
        IReadOnlyList<RuntimeApi> apis = [.. RuntimeVersion.Subtensor.Apis.Where(a => a.Name is not ("ProxyFilterRuntimeApi" or "ShieldApi")).Select(a => a.Name == "SubnetInfoRuntimeApi" ? a with { Version = 1 } : a)];
        RuntimeVersion recorded = RuntimeVersion.Subtensor with { SpecVersion = 343, Apis = apis };
        Assert.Equal(Recorded, Hex.Encode(recorded.Encode()));
        Assert.Equal(425u, RuntimeVersion.Subtensor.SpecVersion);
        Assert.Equal("0xdf6acb689907609b", Hex.Encode(RuntimeVersion.Subtensor.Apis[0].Id));
    }
}
