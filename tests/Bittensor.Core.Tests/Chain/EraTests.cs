using System.Text.RegularExpressions;
using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Core.Tests.Scale;

namespace Bittensor.Core.Tests.Chain;

public partial class EraTests
{
    public static TheoryData<string> MortalCases()
    {
        TheoryData<string> data = [];
        foreach (var p in ScaleTestHelpers.ScaleVectors.GetProperty("era").EnumerateObject())
        {
            if (p.Value.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                data.Add(p.Name);
            }
        }

        return data;
    }

    [Fact]
    public void Immortal_Vector_EncodesAsZeroByte()
    {
        string expected = ScaleTestHelpers.ScaleVectors.GetProperty("era").GetProperty("immortal").GetString()!;
        Assert.Equal(expected, Hex.Encode(ScaleCodec.Encode(Era.Immortal)));
        Era decoded = ScaleCodec.Decode<Era>(Hex.Decode(expected));
        Assert.True(decoded.IsImmortal);
        Assert.Equal(0UL, decoded.Birth(6_553_223));
        Assert.Equal(ulong.MaxValue, decoded.Death(6_553_223));
    }

    [Theory]
    [MemberData(nameof(MortalCases))]
    public void Mortal_VectorCase_MatchesEncodingPeriodPhaseBirthDeath(string name)
    {
        var v = ScaleTestHelpers.ScaleVectors.GetProperty("era").GetProperty(name);
        Match m = MortalName().Match(name);
        Assert.True(m.Success, name);
        ulong current = ulong.Parse(m.Groups["current"].Value, System.Globalization.CultureInfo.InvariantCulture);
        ulong period = ulong.Parse(m.Groups["period"].Value, System.Globalization.CultureInfo.InvariantCulture);

        Era era = Era.Mortal(period, current);
        Assert.Equal(v.GetProperty("encoded").GetString(), Hex.Encode(ScaleCodec.Encode(era)));
        Assert.Equal(v.GetProperty("period").GetUInt64(), era.Period);
        Assert.Equal(v.GetProperty("phase").GetUInt64(), era.Phase);
        Assert.Equal(v.GetProperty("birth").GetUInt64(), era.Birth(current));
        Assert.Equal(v.GetProperty("death").GetUInt64(), era.Death(current));

        Era decoded = ScaleCodec.Decode<Era>(Hex.Decode(v.GetProperty("encoded").GetString()!));
        Assert.Equal(era, decoded);
    }

    [Theory]
    [InlineData(64UL, 42UL, 64UL, 42UL)]
    [InlineData(32768UL, 20000UL, 32768UL, 20000UL)]
    [InlineData(200UL, 513UL, 256UL, 1UL)]
    [InlineData(2UL, 1UL, 4UL, 1UL)]
    [InlineData(4UL, 5UL, 4UL, 1UL)]
    [InlineData(1000000UL, 1000001UL, 65536UL, 1000001UL % 65536 / 4 * 4)]
    [InlineData(0UL, 7UL, 4UL, 3UL)]
    [InlineData(ulong.MaxValue, 100007UL, 65536UL, 100007UL % 65536 / 16 * 16)]
    public void Mortal_SpRuntimeInitializationCases_MatchUpstream(ulong period, ulong current, ulong expectedPeriod, ulong expectedPhase)
    {
        // sp_runtime generic/era.rs tests era_initialization_works and quantized_clamped_era_initialization_works.
        Era era = Era.Mortal(period, current);
        Assert.Equal(expectedPeriod, era.Period);
        Assert.Equal(expectedPhase, era.Phase);
    }

    [Fact]
    public void Mortal_SpRuntimeCodecCases_MatchUpstreamBytes()
    {
        // era.rs mortal_codec_works and long_period_mortal_codec_works.
        Assert.Equal(new byte[] { 5 + (42 % 16 * 16), 42 / 16 }, ScaleCodec.Encode(Era.Mortal(64, 42)));
        Assert.Equal(new byte[] { 14 + (2500 % 16 * 16), 2500 / 16 }, ScaleCodec.Encode(Era.Mortal(32768, 20000)));
    }

    [Fact]
    public void BirthDeath_Period4Phase2_CoverTheirWindowOnly()
    {
        // era.rs mortal_birth_death_works.
        Era era = Era.Mortal(4, 6);
        for (ulong i = 6; i < 10; i++)
        {
            Assert.Equal(6UL, era.Birth(i));
            Assert.Equal(10UL, era.Death(i));
        }

        Assert.NotEqual(6UL, era.Birth(10));
        Assert.NotEqual(6UL, era.Birth(5));
        Assert.Equal(3UL, Era.Mortal(4, 3).Birth(1)); // current below phase does not underflow
    }

    [Fact]
    public void Decode_EveryTwoByteInput_AcceptsExactlyValidErasAndReencodesIdentically()
    {
        int accepted = 0;
        byte[] input = new byte[2];
        for (int value = 0; value < 65536; value++)
        {
            input[0] = (byte)value;
            input[1] = (byte)(value >> 8);
            if (input[0] == 0)
            {
                // First byte 0 is Immortal, a 1-byte encoding: the second byte is trailing.
                Assert.Throws<FormatException>(() => ScaleCodec.Decode<Era>(input));
                continue;
            }

            ulong period = 2UL << (value & 0xF);
            ulong phase = (ulong)(value >> 4) * Math.Max(period >> 12, 1);
            bool valid = period >= 4 && phase < period;
            if (!valid)
            {
                var e = Assert.Throws<FormatException>(() => ScaleCodec.Decode<Era>(input));
                Assert.Contains("invalid Era", e.Message, StringComparison.Ordinal);
                continue;
            }

            Era era = ScaleCodec.Decode<Era>(input);
            Assert.Equal(period, era.Period);
            Assert.Equal(phase, era.Phase);
            Assert.Equal(input, ScaleCodec.Encode(era));
            Assert.True(Era.TryCreateMortal(period, phase, out Era created));
            Assert.Equal(era, created);
            accepted++;
        }

        Assert.True(accepted > 0);
    }

    [Theory]
    [InlineData(3UL, 0UL)]
    [InlineData(8UL, 8UL)]
    [InlineData(12UL, 0UL)]
    [InlineData(131072UL, 0UL)]
    [InlineData(8192UL, 3UL)] // quantize factor 2: an odd phase cannot be encoded
    public void TryCreateMortal_UnencodablePeriodOrPhase_ReturnsFalse(ulong period, ulong phase) =>
        Assert.False(Era.TryCreateMortal(period, phase, out _));

    [GeneratedRegex(@"current=(?<current>\d+),period=(?<period>\d+)")]
    private static partial Regex MortalName();
}
