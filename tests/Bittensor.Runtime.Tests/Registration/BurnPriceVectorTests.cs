using System.Globalization;
using System.Text.Json;
using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Registration;
using Bittensor.Runtime.Tests.Coinbase;
using Bittensor.Runtime.Tests.Vectors;

namespace Bittensor.Runtime.Tests.Registration;

/// <summary>Every case of Vectors/registration_burn.json (subtensor tests/registration.rs and utils/misc.rs @14bc6f9).</summary>
public class BurnPriceVectorTests
{
    private static JsonElement File => VectorFile.Load("registration_burn.json");

    private static JsonElement Case(string test) =>
        File.GetProperty("test_cases").EnumerateArray().Single(c => c.GetProperty("test").GetString() == test);

    public static TheoryData<ushort, ulong> DecayFactors()
    {
        TheoryData<ushort, ulong> data = [];
        foreach (JsonProperty p in File.GetProperty("decay_factors_q32_INFERRED").EnumerateObject())
        {
            data.Add(ushort.Parse(p.Name, CultureInfo.InvariantCulture), p.Value.GetUInt64());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DecayFactors))]
    public void DecayFactorQ32_InferredTable_MatchesExactly(ushort halfLife, ulong expected)
    {
        ulong f = BurnPrice.DecayFactorQ32(halfLife);

        Assert.Equal(expected, f);
        // It is the largest factor whose half-life power does not exceed one half.
        Assert.True(BurnPrice.PowQ32(f, halfLife) <= 1UL << 31);
        Assert.True(BurnPrice.PowQ32(f + 1, halfLife) > 1UL << 31);
    }

    [Fact]
    public void DecayForBlock_NextBlockStep_Gives999()
    {
        JsonElement c = Case("test_update_registration_prices_for_networks_runs_on_next_block_step");

        ulong burn = BurnPrice.DecayForBlock(VectorValues.U64(c, "burn_before"), (ushort)VectorValues.U64(c, "half_life"), VectorValues.U64(c, "min_burn"), VectorValues.U64(c, "max_burn"), 2);

        Assert.Equal(VectorValues.U64(c, "expected_burn"), burn);
    }

    [Fact]
    public void DecayForBlock_HalfLifeTwo_HalvesEveryTwoBlocks()
    {
        JsonElement c = Case("test_burn_halves_every_half_life");
        ushort hl = (ushort)VectorValues.U64(c, "half_life");
        ulong min = VectorValues.U64(c, "min_burn");
        ulong max = VectorValues.U64(c, "max_burn");
        ulong burn = VectorValues.U64(c, "burn_before");
        ulong[] after = new ulong[5];
        for (ulong block = 2; block <= 5; block++)
        {
            burn = BurnPrice.DecayForBlock(burn, hl, min, max, block);
            after[block - 1] = burn;
        }

        Assert.Equal(VectorValues.U64(c, "expected_after_2_blocks"), after[2]);
        Assert.Equal(VectorValues.U64(c, "expected_after_4_blocks"), after[4]);
    }

    [Fact]
    public void BumpThenDecay_MultiplierTwo_Gives2000Then1998()
    {
        JsonElement c = Case("test_burn_decay");
        ulong min = VectorValues.U64(c, "min_burn");
        ulong max = VectorValues.U64(c, "max_burn");
        U64F64 mult = U64F64.FromInt((long)VectorValues.U64(c, "mult"));

        ulong bumped = BurnPrice.BumpAfterRegistration(VectorValues.U64(c, "burn_before"), mult, min, max);
        ulong decayed = BurnPrice.DecayForBlock(bumped, (ushort)VectorValues.U64(c, "half_life"), min, max, 3);

        Assert.Equal(VectorValues.U64(c, "expected_after_registration_same_block"), bumped);
        Assert.Equal(VectorValues.U64(c, "expected_after_next_block"), decayed);
    }

    [Fact]
    public void BumpAfterRegistration_MultiplierThree_AppliesImmediately()
    {
        JsonElement c = Case("test_bump_registration_price_after_registration_applies_multiplier_immediately");

        ulong bumped = BurnPrice.BumpAfterRegistration(VectorValues.U64(c, "burn_before"), U64F64.FromInt((long)VectorValues.U64(c, "mult")), 0, ulong.MaxValue);

        Assert.Equal(VectorValues.U64(c, "expected"), bumped);
    }

    [Fact]
    public void MinMaxClamps_Sequence_MatchesExactly()
    {
        JsonElement c = Case("test_burn_min_and_max_clamps_prevent_zero_stuck_and_cap_bump");
        ushort hl = (ushort)VectorValues.U64(c, "half_life");
        ulong min = VectorValues.U64(c, "min_burn");
        ulong max = VectorValues.U64(c, "max_burn");
        U64F64 mult = U64F64.FromInt((long)VectorValues.U64(c, "mult"));
        ulong burn = VectorValues.U64(c, "burn_before");
        ulong block = 1;

        foreach (JsonElement step in c.GetProperty("expected_sequence").EnumerateArray())
        {
            burn = step.GetProperty("after").GetString() == "registration"
                ? BurnPrice.BumpAfterRegistration(burn, mult, min, max)
                : BurnPrice.DecayForBlock(burn, hl, min, max, ++block);
            Assert.Equal(VectorValues.U64(step, "burn"), burn);
        }
    }

    [Fact]
    public void PortCheck_EveryEntry_ReproducedByThePort()
    {
        const ulong Max = ulong.MaxValue;
        ulong HalfLifeTwo(int blocks)
        {
            ulong burn = 1024;
            for (int b = 0; b < blocks; b++)
            {
                burn = BurnPrice.DecayForBlock(burn, 2, 0, Max, (ulong)b + 2);
            }

            return burn;
        }

        ulong clampStep = BurnPrice.DecayForBlock(1, 1, 100_000, 150_000, 2);
        ulong clampBump = BurnPrice.BumpAfterRegistration(clampStep, U64F64.FromInt(2), 100_000, 150_000);
        Dictionary<string, ulong> computed = new()
        {
            ["HL1000 1000->"] = BurnPrice.DecayForBlock(1000, 1000, 0, Max, 2),
            ["HL2 1024 after 2"] = HalfLifeTwo(2),
            ["HL2 after 4"] = HalfLifeTwo(4),
            ["bump x2"] = BurnPrice.BumpAfterRegistration(1000, U64F64.FromInt(2), 0, Max),
            ["decay 2000"] = BurnPrice.DecayForBlock(2000, 1000, 0, Max, 3),
            ["bump x3"] = BurnPrice.BumpAfterRegistration(1000, U64F64.FromInt(3), 0, Max),
            ["clamp step"] = clampStep,
            ["clamp bump"] = clampBump,
            ["clamp step2"] = BurnPrice.DecayForBlock(clampBump, 1, 100_000, 150_000, 3),
        };

        foreach (JsonElement entry in File.GetProperty("port_check").EnumerateArray())
        {
            string name = entry.GetProperty("name").GetString()!;
            Assert.Equal(VectorValues.U64(entry, "expected"), computed[name]);
            Assert.Equal(VectorValues.U64(entry, "port"), computed[name]);
        }
    }

    [Fact]
    public void DecayForBlock_GenesisBlocks_OnlyClamp()
    {
        // Blocks 0 and 1 apply no decay (upstream `current_block > 1`), only the bounds.
        Assert.Equal(1000UL, BurnPrice.DecayForBlock(1000, 2, 0, ulong.MaxValue, 1));
        Assert.Equal(1500UL, BurnPrice.DecayForBlock(1000, 2, 1500, ulong.MaxValue, 1));
    }

    [Fact]
    public void DefaultIncreaseMult_IsFromNum126()
    {
        Assert.Equal(U64F64.FromDouble(1.26), BurnPrice.DefaultIncreaseMult);
    }
}
