using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Tests.Extrinsics;

public class UncheckedExtrinsicDecodeTests
{
    private static readonly TransactionExtensionSchema Schema = TransactionExtensionSchema.Spec425;

    [Fact]
    public void Bare_RoundTrips()
    {
        UncheckedExtrinsic xt = UncheckedExtrinsic.Bare([2, 0, 0x0b, 0x00, 0x20, 0x4a, 0xa9, 0xd1, 0x01]);
        byte[] encoded = xt.Encode(Schema);
        Assert.Equal(0x04, encoded[1]);
        UncheckedExtrinsic back = UncheckedExtrinsic.Decode(encoded, Schema);
        Assert.False(back.IsSigned);
        Assert.Equal(xt.Call.ToArray(), back.Call.ToArray());
    }

    [Theory]
    [InlineData("0x1005020000", "version 5")]
    [InlineData("0x1045020000", "version 5")]
    [InlineData("0x1003020000", "version 3")]
    [InlineData("0x10c4020000", "preamble")]
    public void Decode_OtherVersions_AreRejectedClearly(string hex, string message)
    {
        FormatException e = Assert.Throws<FormatException>(() => UncheckedExtrinsic.Decode(Hex.Decode(hex), Schema));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0x10040000")]
    [InlineData("0x040400")]
    [InlineData("0x")]
    public void Decode_LengthMismatch_IsRejected(string hex)
    {
        Assert.Throws<FormatException>(() => UncheckedExtrinsic.Decode(Hex.Decode(hex), Schema));
    }

    [Fact]
    public void Decode_TruncatedSignedBody_IsRejectedWithoutReadingOutOfRange()
    {
        byte[] body = [0x84, 0x00, .. new byte[32], 0x01, .. new byte[10]];
        byte[] encoded = [.. Compact(body.Length), .. body];
        Assert.False(UncheckedExtrinsic.TryDecode(encoded, Schema, out _, out string? error));
        Assert.Contains("offset", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_InvalidMetadataHashMode_IsRejected()
    {
        byte[] body = [0x84, 0x00, .. new byte[32], 0x01, .. new byte[64], 0x00, 0x00, 0x00, 0x02, 0x05, 0x03];
        byte[] encoded = [.. Compact(body.Length), .. body];
        FormatException e = Assert.Throws<FormatException>(() => UncheckedExtrinsic.Decode(encoded, Schema));
        Assert.Contains("CheckMetadataHash mode 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MultiAddress_AllKinds_RoundTrip()
    {
        MultiAddress[] all =
        [
            MultiAddress.Id(new AccountId32(new byte[32])),
            MultiAddress.Index(),
            MultiAddress.Raw([1, 2, 3]),
            MultiAddress.Address32(new byte[32]),
            MultiAddress.Address20(new byte[20]),
        ];
        foreach (MultiAddress address in all)
        {
            byte[] encoded = ScaleCodec.Encode(address);
            Assert.Equal((byte)address.Kind, encoded[0]);
            Assert.Equal(address, ScaleCodec.Decode<MultiAddress>(encoded));
            Assert.Equal(address.Kind == MultiAddressKind.Id, address.TryGetAccountId(out _));
        }

        Assert.Single(ScaleCodec.Encode(MultiAddress.Index()));
        Assert.Throws<FormatException>(() => ScaleCodec.Decode<MultiAddress>([5]));
    }

    [Fact]
    public void MultiSignature_Ecdsa_DecodesButNeverVerifies()
    {
        MultiSignature ecdsa = ScaleCodec.Decode<MultiSignature>([2, .. new byte[65]]);
        Assert.Equal(SignatureKind.Ecdsa, ecdsa.Kind);
        Assert.False(ecdsa.Verify([1], new AccountId32(new byte[32])));
        Assert.Throws<FormatException>(() => ScaleCodec.Decode<MultiSignature>([3, .. new byte[64]]));
    }

    private static byte[] Compact(int value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var writer = new ScaleWriter(buffer);
        writer.WriteCompact((ulong)value);
        return buffer.WrittenSpan.ToArray();
    }
}
