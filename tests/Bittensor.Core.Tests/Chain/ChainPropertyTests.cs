using Bittensor.Core.Chain;
using Bittensor.Core.Scale;
using Bittensor.Core.Tests.Scale;
using FsCheck.Xunit;

namespace Bittensor.Core.Tests.Chain;

[Properties(Arbitrary = [typeof(ChainArbitraries)])]
public class ChainPropertyTests
{
    private static readonly byte[] s_finneyHeader =
        Bittensor.Core.Primitives.Hex.Decode(Vectors.VectorFile.SubstrateCrypto.GetProperty("header").GetProperty("scale").GetString()!);

    [Property]
    public bool Era_AnyMortalOrImmortal_RoundTrips(Era era)
    {
        byte[] encoded = ScaleCodec.Encode(era);
        return encoded.Length == (era.IsImmortal ? 1 : 2) && ScaleCodec.Decode<Era>(encoded) == era;
    }

    [Property]
    public bool Era_CurrentAtOrAfterPhase_LiesInBirthDeathWindow(Era era, uint current)
    {
        // Block numbers are u32 on subtensor; the window holds for every current >= phase.
        if (era.IsImmortal || current < era.Phase)
        {
            return true;
        }

        ulong birth = era.Birth(current);
        return birth <= current && current < era.Death(current) && birth % era.Period == era.Phase;
    }

    [Property]
    public bool Header_Any_RoundTripsAndHashesItsEncoding(Header header)
    {
        byte[] encoded = header.Encode();
        Header decoded = ScaleCodec.Decode<Header>(encoded);
        return decoded == header && decoded.Hash() == Bittensor.Core.Primitives.H256.Blake2b256(encoded);
    }

    [Property]
    public void Decoders_RandomBytes_ReturnOrThrowFormatExceptionOnly(byte[] data)
    {
        data ??= [];
        ScalePropertyTests.TryDecode<Era, Era>(data);
        ScalePropertyTests.TryDecode<Header, Header>(data);
        ScalePropertyTests.TryDecode<DigestItem, DigestItem>(data);
        ScalePropertyTests.TryDecode<AccountInfo, AccountInfo>(data);
    }

    [Property]
    public void HeaderDecoder_MutatedFinneyHeader_ReturnsOrThrowsFormatExceptionOnly(int position, byte value, byte cut)
    {
        // Random bytes almost never get past the first fields; mutating a real header reaches the digest.
        byte[] data = (byte[])s_finneyHeader.Clone();
        data[(int)((uint)position % (uint)data.Length)] = value;
        ScalePropertyTests.TryDecode<Header, Header>(data);
        ScalePropertyTests.TryDecode<Header, Header>(data[..^(cut % 8)]);
    }
}
