using System.Security.Cryptography;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;

namespace Bittensor.Core.Tests.Crypto;

public class MerlinTests
{
    [Fact]
    public void Keccak1600_ZeroState_MatchesKnownAnswer()
    {
        // Keccak-f[1600] applied once to the all-zero state: first lane of the XKCP KeccakF-1600 intermediate values.
        ulong[] state = new ulong[25];
        Keccak1600.Permute(state);
        Assert.Equal(0xF1258F7940E1DDE7UL, state[0]);
        Assert.Equal(0x84D5CCF933C0478AUL, state[1]);
        Assert.Equal(0xEAF1FF7B5CECA249UL, state[24]);

        Keccak1600.Permute(state);
        Assert.Equal(0x2D5C954DF96ECB3CUL, state[0]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(135)]
    [InlineData(136)]
    [InlineData(137)]
    [InlineData(1000)]
    public void Keccak1600_Sha3_256Sponge_MatchesPlatformSha3(int length)
    {
        if (!SHA3_256.IsSupported)
        {
            // The known-answer test above still covers the permutation on platforms without SHA-3.
            return;
        }

        byte[] message = new byte[length];
        for (int i = 0; i < message.Length; i++)
        {
            message[i] = (byte)(i * 7);
        }

        Assert.Equal(SHA3_256.HashData(message), Sha3_256(message));
    }

    [Fact]
    public void MerlinTranscript_MerlinSimpleVector_MatchesUpstream()
    {
        // dalek-cryptography/merlin equivalence_simple / README: the challenge of the canonical example transcript.
        MerlinTranscript t = new("test protocol"u8);
        t.AppendMessage("some label"u8, "some data"u8);
        byte[] challenge = new byte[32];
        t.ChallengeBytes("challenge"u8, challenge);
        Assert.Equal("d5a21972d0d5fe320c0d263fac7fffb8145aa640af6e9bca177c03c7efcf0615", Hex.Encode(challenge, prefix: false));
    }

    [Fact]
    public void MerlinTranscript_Clone_ForksIndependently()
    {
        MerlinTranscript a = new("fork"u8);
        a.AppendU64("n"u8, 7);
        MerlinTranscript b = a.Clone();
        b.AppendMessage("extra"u8, "x"u8);

        byte[] ca = new byte[32];
        byte[] cb = new byte[32];
        a.ChallengeBytes("c"u8, ca);
        b.ChallengeBytes("c"u8, cb);
        Assert.NotEqual(ca, cb);

        MerlinTranscript c = new("fork"u8);
        c.AppendU64("n"u8, 7);
        byte[] cc = new byte[32];
        c.ChallengeBytes("c"u8, cc);
        Assert.Equal(ca, cc);
    }

    [Fact]
    public void MerlinTranscript_LongMessages_WrapTheSpongeDeterministically()
    {
        byte[] data = new byte[1024];
        Array.Fill(data, (byte)99);
        byte[] first = Run();
        byte[] second = Run();
        Assert.Equal(first, second);
        Assert.NotEqual(new byte[32], first);

        byte[] Run()
        {
            MerlinTranscript t = new("test protocol"u8);
            t.AppendMessage("step1"u8, "some data"u8);
            byte[] challenge = new byte[32];
            for (int i = 0; i < 32; i++)
            {
                t.ChallengeBytes("challenge"u8, challenge);
                t.AppendMessage("bigdata"u8, data);
                t.AppendMessage("challengedata"u8, challenge);
            }

            return challenge;
        }
    }

    [Fact]
    public void TranscriptRng_SameWitnessAndRandomness_SameOutput_DifferentWitness_DifferentOutput()
    {
        MerlinTranscript t = new("rng"u8);
        t.AppendMessage("com"u8, "commitment"u8);
        byte[] zero = new byte[32];

        Assert.Equal(Draw(t, "w1"u8.ToArray(), zero), Draw(t, "w1"u8.ToArray(), zero));
        Assert.NotEqual(Draw(t, "w1"u8.ToArray(), zero), Draw(t, "w2"u8.ToArray(), zero));

        // With real randomness two draws differ even for the same witness.
        TranscriptRngBuilder b1 = t.BuildRng();
        b1.RekeyWithWitnessBytes("witness"u8, "w1"u8);
        TranscriptRng r1 = b1.Finish();
        TranscriptRngBuilder b2 = t.BuildRng();
        b2.RekeyWithWitnessBytes("witness"u8, "w1"u8);
        TranscriptRng r2 = b2.Finish();
        byte[] o1 = new byte[32];
        byte[] o2 = new byte[32];
        r1.FillBytes(o1);
        r2.FillBytes(o2);
        Assert.NotEqual(o1, o2);

        static byte[] Draw(MerlinTranscript t, byte[] witness, byte[] random)
        {
            TranscriptRngBuilder builder = t.BuildRng();
            builder.RekeyWithWitnessBytes("witness"u8, witness);
            TranscriptRng rng = builder.Finish(random);
            byte[] output = new byte[64];
            rng.FillBytes(output);
            return output;
        }
    }

    private static byte[] Sha3_256(byte[] message)
    {
        // SHA3-256 = Keccak[r=1088] sponge with the 0x06 … 0x80 padding; exercises absorb/squeeze over the permutation.
        const int Rate = 136;
        byte[] state = new byte[200];
        int offset = 0;
        while (message.Length - offset >= Rate)
        {
            XorInto(state, message.AsSpan(offset, Rate));
            Keccak1600.Permute(state.AsSpan());
            offset += Rate;
        }

        byte[] last = new byte[Rate];
        message.AsSpan(offset).CopyTo(last);
        last[message.Length - offset] ^= 0x06;
        last[Rate - 1] ^= 0x80;
        XorInto(state, last);
        Keccak1600.Permute(state.AsSpan());
        return state[..32];

        static void XorInto(byte[] state, ReadOnlySpan<byte> block)
        {
            for (int i = 0; i < block.Length; i++)
            {
                state[i] ^= block[i];
            }
        }
    }
}
