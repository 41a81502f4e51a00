using System.Text.Json;
using Bittensor.Runtime.Scheduling;
using Bittensor.Runtime.Tests.Coinbase;
using Bittensor.Runtime.Tests.Vectors;

namespace Bittensor.Runtime.Tests.Scheduling;

/// <summary>Every epoch-timing case of Vectors/emission_schedule.json (subtensor tests/emission.rs, HEAD and v3.4.5-419).</summary>
public class EpochScheduleVectorTests
{
    private static JsonElement File => VectorFile.Load("emission_schedule.json");

    private static JsonElement Current => File.GetProperty("epoch_schedule_current").GetProperty("cases");

    private static JsonElement Legacy => File.GetProperty("epoch_schedule_legacy").GetProperty("cases");

    public static TheoryData<int> CurrentCases() => VectorValues.Indexes(Current);

    public static TheoryData<int> LegacyCases() => VectorValues.Indexes(Legacy);

    [Theory]
    [MemberData(nameof(CurrentCases))]
    public void BlocksUntilNextAutoEpoch_VectorCase_MatchesExactly(int index)
    {
        JsonElement c = Current[index];
        ushort tempo = (ushort)VectorValues.U64(c, "tempo");
        ulong last = VectorValues.U64(c, "LastEpochBlock");
        ulong block = VectorValues.U64(c, "block");

        Assert.Equal(VectorValues.U64(c, "expected"), EpochSchedule.BlocksUntilNextAutoEpoch(tempo, last, block));
    }

    [Theory]
    [MemberData(nameof(CurrentCases))]
    public void ShouldRunEpoch_VectorCase_AgreesWithCountdown(int index)
    {
        // The stateful scheduler fires exactly when the countdown has reached zero (no trigger, no safety net).
        JsonElement c = Current[index];
        ushort tempo = (ushort)VectorValues.U64(c, "tempo");
        ulong last = VectorValues.U64(c, "LastEpochBlock");
        ulong block = VectorValues.U64(c, "block");
        ulong remaining = EpochSchedule.BlocksUntilNextAutoEpoch(tempo, last, block);

        Assert.Equal(tempo != 0 && remaining == 0, EpochSchedule.ShouldRunEpoch(tempo, last, 0, 0, block));
    }

    [Theory]
    [MemberData(nameof(LegacyCases))]
    public void BlocksUntilNextEpochLegacy_VectorCase_MatchesExactly(int index)
    {
        JsonElement c = Legacy[index];
        ushort netuid = (ushort)VectorValues.U64(c, "netuid");
        ushort tempo = (ushort)VectorValues.U64(c, "tempo");
        ulong block = VectorValues.U64(c, "block");

        Assert.Equal(VectorValues.U64(c, "expected"), EpochSchedule.BlocksUntilNextEpochLegacy(netuid, tempo, block));
    }
}
