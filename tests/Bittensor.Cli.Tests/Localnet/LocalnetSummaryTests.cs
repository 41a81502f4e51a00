using System.Text.Json;
using Bittensor.Cli.Localnet;

namespace Bittensor.Cli.Tests.Localnet;

public sealed class LocalnetSummaryTests
{
    [Fact]
    public void ToJson_IssueShape_AllFieldsOneLine()
    {
        LocalnetSummary summary = new(
            2,
            211,
            3,
            "/tmp/emission.svg",
            new IssuanceReport(6_000_000_000_000_000, 6_000_183_987_209_648, 211_000_000_000, 27_012_790_352),
            "5EUEJ7tSJPeXsLJgQgBLH2EnJGGAZCCdMvDuYto9666v2Lj4",
            11_357_702_783,
            [new NeuronResult(2, "5Ff4fhkvUuWbCHEnrLL3uaKsSeT12j2LPqUWFRQiXFivSCAA", "miner", "trained", 0.3819031, 0, 6_199_713_904, 6_199_713_904)]);

        string json = summary.ToJson();
        JsonElement root = JsonDocument.Parse(json).RootElement;

        Assert.DoesNotContain('\n', json);
        Assert.Equal(["netuid", "blocks", "epochs", "chart", "issuance", "owner", "neurons"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("netuid").GetInt32());
        Assert.Equal(211, root.GetProperty("blocks").GetInt32());
        Assert.Equal(3, root.GetProperty("epochs").GetInt32());
        Assert.Equal("/tmp/emission.svg", root.GetProperty("chart").GetString());
        JsonElement issuance = root.GetProperty("issuance");
        Assert.Equal(["start", "end", "block_emission_total", "recycled"], issuance.EnumerateObject().Select(p => p.Name));
        Assert.Equal(6_000_183_987_209_648UL, issuance.GetProperty("end").GetUInt64());
        Assert.Equal(27_012_790_352UL, issuance.GetProperty("recycled").GetUInt64());
        Assert.Equal(11_357_702_783UL, root.GetProperty("owner").GetProperty("earned").GetUInt64());
        JsonElement neuron = Assert.Single(root.GetProperty("neurons").EnumerateArray().ToArray());
        Assert.Equal(["uid", "hotkey", "role", "kind", "incentive", "dividends", "emission", "stake"], neuron.EnumerateObject().Select(p => p.Name));
        Assert.Equal("trained", neuron.GetProperty("kind").GetString());
        Assert.Equal(0.381903, neuron.GetProperty("incentive").GetDouble());
        Assert.Equal(6_199_713_904UL, neuron.GetProperty("emission").GetUInt64());
    }

    [Fact]
    public void Report_HoldingsGrewLessThanEmission_DifferenceIsRecycled()
    {
        IssuanceReport report = IssuanceLedger.Report(100, 150, 80, 1_000, 1_050);

        Assert.Equal(80UL, report.BlockEmissionTotal);
        Assert.Equal(30UL, report.Recycled);
        Assert.Equal(report.End - report.Start, report.BlockEmissionTotal - report.Recycled);
    }

    [Fact]
    public void Report_HoldingsShrank_AllEmissionAndTheShrinkRecycled()
    {
        IssuanceReport report = IssuanceLedger.Report(100, 90, 5, 1_000, 985);

        Assert.Equal(20UL, report.Recycled);
    }

    [Fact]
    public void Report_IssuanceOffTheBooks_EqualityFails()
    {
        // TotalIssuance rose by 60 but only 50 reached balances and pools out of 80 emitted: the books do not balance.
        IssuanceReport report = IssuanceLedger.Report(100, 160, 80, 1_000, 1_050);

        Assert.NotEqual(report.End - report.Start, report.BlockEmissionTotal - report.Recycled);
    }

    [Fact]
    public void Report_HoldingsGrewMoreThanEmission_Throws()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => IssuanceLedger.Report(100, 200, 80, 1_000, 1_100));

        Assert.Contains("more than the 80 rao emitted", error.Message, StringComparison.Ordinal);
    }
}
