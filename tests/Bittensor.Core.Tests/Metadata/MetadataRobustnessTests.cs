using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Core.Tests.Vectors;
using FsCheck;
using FsCheck.Xunit;

namespace Bittensor.Core.Tests.Metadata;

public class MetadataRobustnessTests
{
    private const string EventsKey =
        "Vec<EventRecord> [ApplyExtrinsic(1) System.ExtrinsicSuccess, ApplyExtrinsic(2) System.ExtrinsicFailed(Module{index:7,error:[6,0,0,0]}), Finalization System.ExtrinsicSuccess(Mandatory)]";

    private static byte[] EventsBytes => Hex.Decode(VectorFile.SubstrateCrypto.GetProperty("events").GetProperty(EventsKey).GetString()!);

    /// <summary>Decodes, and when that succeeds checks the result re-encodes to the input (decoding is strict, so it must).</summary>
    private static bool DecodeV14OrFormatException(byte[] blob)
    {
        RuntimeMetadata metadata;
        try
        {
            metadata = RuntimeMetadata.Decode(blob);
        }
        catch (FormatException e)
        {
            return e.Message.StartsWith("SCALE: ", StringComparison.Ordinal) && e.Message.Contains("offset", StringComparison.Ordinal);
        }

        if (!metadata.Encode().AsSpan().SequenceEqual(blob))
        {
            return false;
        }

        // Lookups over whatever decoded must not throw anything but FormatException either.
        var chain = new ChainMetadata(metadata);
        if (chain.TryGetStorage("System", "Events", out StorageItem? events))
        {
            try
            {
                events.DecodeValue(EventsBytes);
            }
            catch (FormatException)
            {
                // A mutated Event type may no longer fit the vector: a clean rejection is the expected outcome.
            }
        }

        return true;
    }

    [Property(MaxTest = 60)]
    public bool DecodeV14_TruncatedAnywhere_ThrowsFormatException(PositiveInt cut)
    {
        byte[] blob = FinneyMetadata.V14Bytes;
        int length = cut.Get % blob.Length;
        try
        {
            RuntimeMetadata.Decode(blob.AsSpan(0, length));
            return false;
        }
        catch (FormatException e)
        {
            return e.Message.Contains("offset", StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 60)]
    public bool DecodeV15Wrapped_TruncatedAnywhere_ThrowsFormatException(PositiveInt cut)
    {
        byte[] blob = FinneyMetadata.V15Bytes;
        int length = cut.Get % blob.Length;
        try
        {
            RuntimeMetadata.Decode(blob.AsSpan(0, length));
            return false;
        }
        catch (FormatException)
        {
            return true;
        }
    }

    [Property(MaxTest = 150)]
    public bool DecodeV14_ByteFlips_FormatExceptionOrExactReencode(PositiveInt position, byte xor, PositiveInt position2, byte xor2)
    {
        byte[] blob = (byte[])FinneyMetadata.V14Bytes.Clone();
        blob[position.Get % blob.Length] ^= xor == 0 ? (byte)1 : xor;
        blob[position2.Get % blob.Length] ^= xor2;
        return DecodeV14OrFormatException(blob);
    }

    [Property(MaxTest = 60)]
    public bool DecodeV15_ByteFlips_FormatExceptionOrDecodes(PositiveInt position, byte xor)
    {
        byte[] blob = (byte[])FinneyMetadata.V15Bytes.Clone();
        blob[position.Get % blob.Length] ^= xor == 0 ? (byte)1 : xor;
        try
        {
            _ = new ChainMetadata(RuntimeMetadata.Decode(blob));
            return true;
        }
        catch (FormatException e)
        {
            return e.Message.Contains("offset", StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 100)]
    public bool DecodeV14_FlipsInTheTypeRegistryHead_FormatExceptionOrExactReencode(PositiveInt position, byte xor)
    {
        // The first 4 KiB hold type definitions, where a flip changes tags, lengths and type ids most often.
        byte[] blob = (byte[])FinneyMetadata.V14Bytes.Clone();
        blob[5 + (position.Get % 4096)] ^= xor == 0 ? (byte)0x80 : xor;
        return DecodeV14OrFormatException(blob);
    }

    [Fact]
    public void Decode_NotMetadata_FormatExceptionNamesTheProblem()
    {
        Assert.Contains("magic", Assert.Throws<FormatException>(() => RuntimeMetadata.Decode([1, 2, 3, 4, 5])).Message, StringComparison.Ordinal);
        Assert.Contains("None", Assert.Throws<FormatException>(() => RuntimeMetadata.Decode([0])).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => RuntimeMetadata.Decode([]));
        var version = Assert.Throws<FormatException>(() => RuntimeMetadata.Decode([.. "meta"u8, 13, 0]));
        Assert.Contains("version 13", version.Message, StringComparison.Ordinal);
        Assert.Contains("offset 4", version.Message, StringComparison.Ordinal);
        var trailing = Assert.Throws<FormatException>(() => RuntimeMetadata.Decode([.. FinneyMetadata.V14Bytes, 0]));
        Assert.Contains("trailing", trailing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnknownTypeReference_FormatExceptionWithOffset()
    {
        // A registry of one type, Vec<#5>: the reference is checked once all types are read.
        byte[] registry = [0x04, 0x00, 0x00, 0x00, 0x02, 0x14, 0x00];
        var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<PortableRegistry>(registry));
        Assert.Contains("unknown type id 5", e.Message, StringComparison.Ordinal);
        Assert.Contains("offset 1", e.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public bool DecodeEvents_RandomBytes_FormatExceptionOrExactReencode(byte[] bytes)
    {
        ChainMetadata chain = FinneyMetadata.ChainV14;
        return DynamicOrFormatException(chain, chain.EventRecordsType, bytes ?? []);
    }

    [Property(MaxTest = 200)]
    public bool DecodeCall_RandomTailAfterRealIndices_FormatExceptionOrExactReencode(byte pallet, byte call, byte[] tail)
    {
        ChainMetadata chain = FinneyMetadata.ChainV15;
        PalletMetadata[] withCalls = [.. chain.Pallets.Where(p => p.Calls is not null)];
        PalletMetadata p = withCalls[pallet % withCalls.Length];
        IReadOnlyList<PalletVariant> calls = chain.Calls(p.Name);
        byte[] bytes = [p.Index, calls[call % calls.Count].Index, .. tail ?? []];
        return DynamicOrFormatException(chain, chain.CallType, bytes);
    }

    [Property(MaxTest = 100)]
    public bool DecodeEvents_VectorWithFlips_FormatExceptionOrExactReencode(PositiveInt position, byte xor)
    {
        byte[] bytes = EventsBytes;
        bytes[position.Get % bytes.Length] ^= xor;
        return DynamicOrFormatException(FinneyMetadata.ChainV15, FinneyMetadata.ChainV15.EventRecordsType, bytes);
    }

    [Fact]
    public void Oracle_AcceptsAHarmlessFlipAndRejectsAFatalOne()
    {
        // The flip properties are only meaningful if the oracle tells the outcomes apart: a changed letter in a
        // doc string still decodes (and re-encodes to the mutated bytes); a changed version byte does not.
        byte[] harmless = (byte[])FinneyMetadata.V14Bytes.Clone();
        int doc = harmless.AsSpan().IndexOf("The "u8);
        Assert.True(doc > 0);
        harmless[doc] = (byte)'X';
        Assert.NotEqual(FinneyMetadata.V14, RuntimeMetadata.Decode(harmless));
        Assert.True(DecodeV14OrFormatException(harmless));

        byte[] fatal = (byte[])FinneyMetadata.V14Bytes.Clone();
        fatal[4] = 16;
        Assert.Throws<FormatException>(() => RuntimeMetadata.Decode(fatal));
        Assert.True(DecodeV14OrFormatException(fatal));
    }

    private static bool DynamicOrFormatException(ChainMetadata chain, uint type, byte[] bytes)
    {
        ScaleValue value;
        try
        {
            value = chain.Codec.Decode(type, bytes);
        }
        catch (FormatException e)
        {
            return e.Message.StartsWith("SCALE: ", StringComparison.Ordinal);
        }

        _ = value.ToJson();
        return chain.Codec.Encode(type, value).AsSpan().SequenceEqual(bytes);
    }
}
