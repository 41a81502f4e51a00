using System.Globalization;
using System.Text.Json;

namespace Bittensor.Cli.Tests.Sim;

/// <summary>
/// <c>btcli sim epoch NAME.json --json-output</c> reproduces every shared yuma vector under the comparison rules of
/// yuma-scenario-format.md, and every value the upstream test asserts.
/// </summary>
public class SimEpochVectorTests
{
    public static TheoryData<string> Scenarios() => [.. SimVectors.Names];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void SimEpoch_JsonOutput_MatchesExpectedFileWithinTolerance(string name)
    {
        JsonElement[] epochs = RunJson(name);
        JsonElement[] expected = [.. SimVectors.Expected(name).GetProperty("epochs").EnumerateArray()];
        Assert.Equal(expected.Length, epochs.Length);
        List<string> diffs = [];
        for (int k = 0; k < expected.Length; k++)
        {
            string[] expectedFields = [.. expected[k].EnumerateObject().Select(p => p.Name).Where(n => n != "tolerance").Order()];
            Assert.Equal(expectedFields, epochs[k].EnumerateObject().Select(p => p.Name).Order());
            JsonElement tolerance = expected[k].GetProperty("tolerance");
            foreach (string field in expectedFields)
            {
                decimal tol = tolerance.TryGetProperty(field, out JsonElement t) ? t.GetDecimal() : 0m;
                CompareField(diffs, $"{name} epoch {k} {field}", expected[k].GetProperty(field), epochs[k].GetProperty(field), field == "bonds", tol);
            }
        }

        Assert.True(diffs.Count == 0, string.Join(" | ", diffs.Take(10)));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void SimEpoch_JsonOutput_MeetsEveryUpstreamAssertion(string name)
    {
        JsonElement[] epochs = RunJson(name);
        JsonElement asserted = SimVectors.Expected(name).GetProperty("asserted");
        Assert.NotEqual(0, asserted.GetArrayLength());
        foreach (JsonElement a in asserted.EnumerateArray())
        {
            JsonElement epoch = epochs[a.GetProperty("epoch").GetInt32()];
            string field = a.GetProperty("field").GetString()!;
            decimal tolerance = a.TryGetProperty("upstream_tolerance", out JsonElement t) ? t.GetDecimal() : 0m;
            decimal[] actual;
            if (a.TryGetProperty("entries", out JsonElement entries))
            {
                actual = [.. entries.EnumerateArray().Select(e => (decimal)BondValue(epoch.GetProperty(field)[e[0].GetInt32()], e[1].GetInt32()))];
            }
            else
            {
                JsonElement values = epoch.GetProperty(field);
                int[] uids = a.GetProperty("uids").ValueKind == JsonValueKind.String
                    ? [.. Enumerable.Range(0, values.GetArrayLength())]
                    : [.. a.GetProperty("uids").EnumerateArray().Select(u => u.GetInt32())];
                actual = [.. uids.Select(u => values[u].GetDecimal())];
            }

            JsonElement upstream = a.GetProperty("upstream");
            decimal[] wanted = upstream.ValueKind == JsonValueKind.Array
                ? [.. upstream.EnumerateArray().Select(v => v.GetDecimal())]
                : [.. actual.Select(_ => upstream.GetDecimal())];

            // Upstream compares u16 proportions as fractions of 1 when its own values are fractional.
            bool fractional = field != "bonds" && (tolerance is > 0m and < 1m || wanted.Any(v => v != decimal.Truncate(v)));
            Assert.Equal(wanted.Length, actual.Length);
            for (int i = 0; i < wanted.Length; i++)
            {
                decimal value = fractional ? actual[i] / 65_535m : actual[i];
                Assert.True(
                    Math.Abs(value - wanted[i]) <= tolerance,
                    string.Create(CultureInfo.InvariantCulture, $"{name} epoch {a.GetProperty("epoch")} {field}[{i}]: {value} vs upstream {wanted[i]} ± {tolerance}"));
            }
        }
    }

    [Fact]
    public void SimEpoch_JsonOutput_PrintsOnlyJsonLines()
    {
        BtcliRunner.Result r = BtcliRunner.Run("sim", "epoch", SimVectors.ScenarioPath("test_bonds"), "--json-output");
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.Stderr);
        string[] lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(9, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("{", l, StringComparison.Ordinal));
    }

    [Fact]
    public void SimEpoch_Default_PrintsATablePerEpochAndNoJson()
    {
        BtcliRunner.Result r = BtcliRunner.Run("sim", "epoch", SimVectors.ScenarioPath("test_bonds"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Epoch 1 at block 2", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("200004272", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("4:16383 5:16383 6:16383 7:16383", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(r.Stdout.Split('\n'), l => l.StartsWith('{'));
    }

    private static JsonElement[] RunJson(string name)
    {
        BtcliRunner.Result r = BtcliRunner.Run("sim", "epoch", SimVectors.ScenarioPath(name), "--json-output");
        Assert.True(r.ExitCode == 0, r.Stderr);
        return [.. r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    private static void CompareField(List<string> diffs, string at, JsonElement expected, JsonElement actual, bool bonds, decimal tolerance)
    {
        if (expected.ValueKind == JsonValueKind.Number)
        {
            AddIfDifferent(diffs, at, expected.GetDecimal(), actual.GetDecimal(), tolerance);
            return;
        }

        if (expected.GetArrayLength() != actual.GetArrayLength())
        {
            diffs.Add($"{at}: length {actual.GetArrayLength()} != {expected.GetArrayLength()}");
            return;
        }

        for (int i = 0; i < expected.GetArrayLength(); i++)
        {
            if (bonds)
            {
                Dictionary<int, decimal> e = BondMap(expected[i]);
                Dictionary<int, decimal> a = BondMap(actual[i]);
                foreach (int uid in e.Keys.Union(a.Keys))
                {
                    AddIfDifferent(diffs, $"{at}[{i}][{uid}]", e.GetValueOrDefault(uid), a.GetValueOrDefault(uid), tolerance);
                }
            }
            else if (expected[i].ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                if (expected[i].ValueKind != actual[i].ValueKind)
                {
                    diffs.Add($"{at}[{i}]: {actual[i]} != {expected[i]}");
                }
            }
            else
            {
                // Integers stay JSON integers.
                Assert.Equal(JsonValueKind.Number, actual[i].ValueKind);
                Assert.DoesNotContain('.', actual[i].GetRawText());
                AddIfDifferent(diffs, $"{at}[{i}]", expected[i].GetDecimal(), actual[i].GetDecimal(), tolerance);
            }
        }
    }

    private static void AddIfDifferent(List<string> diffs, string at, decimal expected, decimal actual, decimal tolerance)
    {
        if (Math.Abs(expected - actual) > tolerance)
        {
            diffs.Add(string.Create(CultureInfo.InvariantCulture, $"{at}: {actual} != expected {expected}"));
        }
    }

    /// <summary>A bond row as a map uid → value; an explicit zero is the same as an absent entry.</summary>
    private static Dictionary<int, decimal> BondMap(JsonElement row) =>
        row.EnumerateArray().Where(p => p[1].GetDecimal() != 0).ToDictionary(p => p[0].GetInt32(), p => p[1].GetDecimal());

    private static ushort BondValue(JsonElement row, int column) =>
        row.EnumerateArray().Where(p => p[0].GetInt32() == column).Select(p => p[1].GetUInt16()).FirstOrDefault();
}
