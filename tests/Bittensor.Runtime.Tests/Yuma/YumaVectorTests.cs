using Bittensor.Runtime.Simulation;

namespace Bittensor.Runtime.Tests.Yuma;

/// <summary>Every scenario of Vectors/yuma reproduces its expected file (shared/vectors/yuma, subtensor@14bc6f9 tests/epoch.rs).</summary>
public class YumaVectorTests
{
    public static TheoryData<string> Scenarios() => [.. ExpectedEpochs.Names];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_Replayed_MatchesExpectedEpochs(string name)
    {
        Scenario scenario = ExpectedEpochs.LoadScenario(name);
        List<ScenarioEpochResult> results = [.. ScenarioRunner.Run(scenario)];
        List<string> diffs = ExpectedEpochs.Diff(name, results);
        Assert.True(diffs.Count == 0, $"{name}: {diffs.Count} differences, first: {string.Join(" | ", diffs.Take(8))}");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_Replayed_MatchesEveryPortDerivedValueExactly(string name)
    {
        // The expected files were produced by an independent port; beyond the upstream tolerance this port agrees bit for bit.
        List<ScenarioEpochResult> results = [.. ScenarioRunner.Run(ExpectedEpochs.LoadScenario(name))];
        List<string> diffs = ExpectedEpochs.Diff(name, results, exact: true);
        Assert.True(diffs.Count == 0, $"{name}: {diffs.Count} differences, first: {string.Join(" | ", diffs.Take(8))}");
    }
}
