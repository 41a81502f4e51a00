using System.Globalization;
using System.Text;
using System.Text.Json;
using Bittensor.Cli.Infrastructure;
using Bittensor.Runtime.Epoch;
using Bittensor.Runtime.Simulation;

namespace Bittensor.Cli.Sim;

/// <summary>The two renderings of an epoch result: one JSON line (the expected-file field names) or a readable table.</summary>
public static class EpochReport
{
    /// <summary>
    /// One JSON object on one line with exactly the fields of an expected file's epoch entry (without
    /// <c>tolerance</c>): <c>block</c>, <c>active</c>, <c>validator_permit</c>, the u16 vectors, the emissions, <c>bonds</c>.
    /// </summary>
    public static string JsonLine(ScenarioEpochResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        EpochOutput o = result.Output;
        return JsonOut.Object(w =>
        {
            w.WriteNumber("block", result.Block);
            Bools(w, "active", o.Active);
            Bools(w, "validator_permit", o.ValidatorPermit);
            U16s(w, "consensus", o.Consensus);
            U16s(w, "incentive", o.Incentive);
            U16s(w, "dividends", o.Dividends);
            U16s(w, "validator_trust", o.ValidatorTrust);
            U16s(w, "stake_weight", o.StakeWeight);
            U64s(w, "emission", o.Emission);
            U64s(w, "server_emission", o.ServerEmission);
            U64s(w, "validator_emission", o.ValidatorEmission);
            w.WriteStartArray("bonds");
            foreach (SparseEntry[] row in o.Bonds)
            {
                w.WriteStartArray();
                foreach (SparseEntry e in row)
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(e.Uid);
                    w.WriteNumberValue(e.Value);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>A table per epoch: one line per uid; u16 proportions are shown raw (65535 = 1.0), emissions in rao.</summary>
    public static void WriteTable(TextWriter output, Scenario scenario, int index, ScenarioEpochResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        EpochOutput o = result.Output;
        CultureInfo c = CultureInfo.InvariantCulture;
        string mode = scenario.Parameters.Yuma3 ? (scenario.Parameters.LiquidAlpha ? "Yuma 3, liquid alpha" : "Yuma 3") : "Yuma 1";
        output.WriteLine(string.Create(c, $"Epoch {index} at block {result.Block} ({scenario.Name}, {mode}; u16 values: 65535 = 1.0, emission in rao)"));
        string header = string.Create(c, $"{"uid",5} {"active",6} {"permit",6} {"stake",6} {"consensus",9} {"incentive",9} {"dividends",9} {"vtrust",6} {"emission",13} {"server",13} {"validator",13}  bonds");
        output.WriteLine(header);
        for (int i = 0; i < o.Active.Length; i++)
        {
            StringBuilder bonds = new();
            foreach (SparseEntry e in o.Bonds[i])
            {
                bonds.Append(c, $"{(bonds.Length == 0 ? string.Empty : " ")}{e.Uid}:{e.Value}");
            }

            output.WriteLine(string.Create(
                c,
                $"{i,5} {YesNo(o.Active[i]),6} {YesNo(o.ValidatorPermit[i]),6} {o.StakeWeight[i],6} {o.Consensus[i],9} {o.Incentive[i],9} {o.Dividends[i],9} {o.ValidatorTrust[i],6} {o.Emission[i],13} {o.ServerEmission[i],13} {o.ValidatorEmission[i],13}  {(bonds.Length == 0 ? "-" : bonds.ToString())}"));
        }

        output.WriteLine();
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static void Bools(Utf8JsonWriter w, string name, bool[] values)
    {
        w.WriteStartArray(name);
        foreach (bool v in values)
        {
            w.WriteBooleanValue(v);
        }

        w.WriteEndArray();
    }

    private static void U16s(Utf8JsonWriter w, string name, ushort[] values)
    {
        w.WriteStartArray(name);
        foreach (ushort v in values)
        {
            w.WriteNumberValue(v);
        }

        w.WriteEndArray();
    }

    private static void U64s(Utf8JsonWriter w, string name, ulong[] values)
    {
        w.WriteStartArray(name);
        foreach (ulong v in values)
        {
            w.WriteNumberValue(v);
        }

        w.WriteEndArray();
    }
}
