using System.Globalization;
using System.Text.Json;
using Bittensor.Runtime.Epoch;
using Bittensor.Runtime.Simulation;
using Bittensor.Runtime.Tests.Vectors;

namespace Bittensor.Runtime.Tests.Yuma;

/// <summary>
/// The comparison rules of yuma-scenario-format.md: every field of every epoch, exact unless the epoch's
/// <c>tolerance</c> names the field; bond rows as maps uid → value with an explicit zero equal to an absent entry.
/// </summary>
internal static class ExpectedEpochs
{
    public static readonly string[] Names =
    [
        "test_bonds", "test_yuma_3_kappa_moves_first", "test_yuma_3_one_epoch_switch", "test_yuma_3_liquid_alpha_disabled",
    ];

    private static readonly JsonElement NoTolerance = JsonDocument.Parse("{}").RootElement;

    public static Scenario LoadScenario(string name) =>
        ScenarioParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Vectors", "yuma", name + ".json")));

    public static JsonElement LoadExpected(string name) => VectorFile.Load(Path.Combine("yuma", name + ".expected.json"));

    /// <summary>All differences between the results and the expected epochs (empty when they match).</summary>
    public static List<string> Diff(string name, IReadOnlyList<ScenarioEpochResult> results, bool exact = false)
    {
        JsonElement epochs = LoadExpected(name).GetProperty("epochs");
        List<string> diffs = [];
        if (epochs.GetArrayLength() != results.Count)
        {
            diffs.Add($"{results.Count} epochs != expected {epochs.GetArrayLength()}");
        }

        int k = 0;
        foreach (JsonElement expected in epochs.EnumerateArray())
        {
            if (k >= results.Count)
            {
                break;
            }

            ScenarioEpochResult r = results[k];
            EpochOutput o = r.Output;
            JsonElement tolerance = exact ? NoTolerance : expected.GetProperty("tolerance");
            string at = $"epoch {k} (block {r.Block})";
            if (expected.GetProperty("block").GetUInt64() != r.Block)
            {
                diffs.Add($"{at} block");
            }

            CompareBools(diffs, at, "active", expected, o.Active);
            CompareBools(diffs, at, "validator_permit", expected, o.ValidatorPermit);
            CompareInts(diffs, at, "consensus", expected, tolerance, [.. o.Consensus.Select(x => (ulong)x)]);
            CompareInts(diffs, at, "incentive", expected, tolerance, [.. o.Incentive.Select(x => (ulong)x)]);
            CompareInts(diffs, at, "dividends", expected, tolerance, [.. o.Dividends.Select(x => (ulong)x)]);
            CompareInts(diffs, at, "validator_trust", expected, tolerance, [.. o.ValidatorTrust.Select(x => (ulong)x)]);
            CompareInts(diffs, at, "stake_weight", expected, tolerance, [.. o.StakeWeight.Select(x => (ulong)x)]);
            CompareInts(diffs, at, "emission", expected, tolerance, o.Emission);
            CompareInts(diffs, at, "server_emission", expected, tolerance, o.ServerEmission);
            CompareInts(diffs, at, "validator_emission", expected, tolerance, o.ValidatorEmission);
            CompareBonds(diffs, at, expected, tolerance, o.Bonds);
            k++;
        }

        return diffs;
    }

    private static void CompareBools(List<string> diffs, string at, string field, JsonElement expected, bool[] actual)
    {
        bool[] e = [.. expected.GetProperty(field).EnumerateArray().Select(x => x.GetBoolean())];
        if (!e.SequenceEqual(actual))
        {
            diffs.Add($"{at} {field} [{string.Join(',', actual)}] != expected [{string.Join(',', e)}]");
        }
    }

    private static void CompareInts(List<string> diffs, string at, string field, JsonElement expected, JsonElement tolerance, ulong[] actual)
    {
        ulong[] e = [.. expected.GetProperty(field).EnumerateArray().Select(x => x.GetUInt64())];
        ulong tol = tolerance.TryGetProperty(field, out JsonElement t) ? t.GetUInt64() : 0;
        if (e.Length != actual.Length)
        {
            diffs.Add($"{at} {field} length {actual.Length} != {e.Length}");
            return;
        }

        for (int i = 0; i < e.Length; i++)
        {
            ulong d = e[i] > actual[i] ? e[i] - actual[i] : actual[i] - e[i];
            if (d > tol)
            {
                diffs.Add(string.Create(CultureInfo.InvariantCulture, $"{at} {field}[{i}] {actual[i]} != expected {e[i]}"));
            }
        }
    }

    private static void CompareBonds(List<string> diffs, string at, JsonElement expected, JsonElement tolerance, SparseEntry[][] actual)
    {
        JsonElement rows = expected.GetProperty("bonds");
        ulong tol = tolerance.TryGetProperty("bonds", out JsonElement t) ? t.GetUInt64() : 0;
        if (rows.GetArrayLength() != actual.Length)
        {
            diffs.Add($"{at} bonds rows {actual.Length} != {rows.GetArrayLength()}");
            return;
        }

        int i = 0;
        foreach (JsonElement row in rows.EnumerateArray())
        {
            Dictionary<int, ulong> e = [];
            foreach (JsonElement pair in row.EnumerateArray())
            {
                if (pair[1].GetUInt64() != 0)
                {
                    e[pair[0].GetInt32()] = pair[1].GetUInt64();
                }
            }

            Dictionary<int, ulong> a = [];
            foreach (SparseEntry entry in actual[i])
            {
                if (entry.Value != 0)
                {
                    a[entry.Uid] = entry.Value;
                }
            }

            foreach (int key in e.Keys.Union(a.Keys))
            {
                ulong ev = e.GetValueOrDefault(key);
                ulong av = a.GetValueOrDefault(key);
                ulong d = ev > av ? ev - av : av - ev;
                if (d > tol)
                {
                    diffs.Add($"{at} bonds[{i}][{key}] {av} != expected {ev}");
                }
            }

            i++;
        }
    }
}
