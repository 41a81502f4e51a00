using System.Text.Json;
using Bittensor.Runtime.Coinbase;
using Bittensor.Runtime.Tests.Vectors;

namespace Bittensor.Runtime.Tests.Coinbase;

/// <summary>The halving table and samples of Vectors/emission_schedule.json (block_emission.rs::get_block_emission_for_issuance).</summary>
public class BlockEmissionVectorTests
{
    private static JsonElement Section => VectorFile.Load("emission_schedule.json").GetProperty("block_emission");

    public static TheoryData<int> HalvingRows() => VectorValues.Indexes(Section.GetProperty("halving_table"));

    public static TheoryData<int> Samples() => VectorValues.Indexes(Section.GetProperty("samples"));

    [Theory]
    [MemberData(nameof(HalvingRows))]
    public void ForIssuance_HalvingTableRow_MatchesExactly(int index)
    {
        JsonElement row = Section.GetProperty("halving_table")[index];
        ulong first = VectorValues.U64(row, "first_issuance_rao");
        int halvings = row.GetProperty("halvings").GetInt32();

        Assert.Equal(VectorValues.U64(row, "emission_rao_per_block"), BlockEmission.ForIssuance(first));
        Assert.Equal(VectorValues.U64(row, "emission_one_rao_before"), BlockEmission.ForIssuance(first - 1));
        Assert.Equal(halvings, BlockEmission.Halvings(first));
        Assert.Equal(halvings - 1, BlockEmission.Halvings(first - 1));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ForIssuance_Sample_MatchesExactly(int index)
    {
        JsonElement sample = Section.GetProperty("samples")[index];
        ulong issuance = VectorValues.U64(sample, "issuance_rao");
        JsonElement halvings = sample.GetProperty("halvings");

        Assert.Equal(VectorValues.U64(sample, "emission_rao"), BlockEmission.ForIssuance(issuance));
        Assert.Equal(halvings.ValueKind == JsonValueKind.Null ? null : halvings.GetInt32(), BlockEmission.Halvings(issuance));
    }
}
