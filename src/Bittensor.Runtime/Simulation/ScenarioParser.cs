using System.Globalization;
using System.Text.Json;
using Bittensor.Runtime.Epoch;

namespace Bittensor.Runtime.Simulation;

/// <summary>
/// Reads a scenario file (<c>yuma-scenario-format.md</c>) strictly: every required field present with its exact
/// integer type, per-uid arrays of length n, uids below n, known ops only. Any problem throws
/// <see cref="ScenarioFormatException"/> naming the JSON path at fault (<c>$.steps[3].weights: expected an array of u16</c>).
/// Unknown fields are ignored. Numbers are integers only: nothing here touches floating point.
/// </summary>
public static class ScenarioParser
{
    private const string Ops = "set_weights, set_stake, reset_bonds or epoch";

    /// <summary>Parses UTF-8 JSON text.</summary>
    public static Scenario Parse(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            string where = ex.LineNumber is long line
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {ex.BytePositionInLine + 1}")
                : string.Empty;
            throw new ScenarioFormatException("$", $"invalid JSON{where}", ex);
        }

        using (document)
        {
            return ReadScenario(document.RootElement);
        }
    }

    /// <summary>Parses JSON text.</summary>
    public static Scenario Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(System.Text.Encoding.UTF8.GetBytes(json));
    }

    private static Scenario ReadScenario(JsonElement root)
    {
        RequireObject(root, "$");
        string name = ReadString(root, "$", "name");
        string? source = ReadOptionalString(root, "$", "source");
        string? description = ReadOptionalString(root, "$", "description");
        EpochParameters parameters = ReadParameters(Field(root, "$", "hyperparameters"), "$.hyperparameters");
        ScenarioState initial = ReadInitial(Field(root, "$", "initial"), "$.initial", parameters.CommitReveal);
        List<ScenarioStep> steps = ReadSteps(Field(root, "$", "steps"), "$.steps", initial.N);
        return new Scenario(name, parameters, initial, steps) { Source = source, Description = description };
    }

    private static EpochParameters ReadParameters(JsonElement h, string path)
    {
        RequireObject(h, path);
        return new EpochParameters
        {
            Tempo = ReadU16(h, path, "tempo"),
            ActivityCutoff = ReadU64(h, path, "activity_cutoff"),
            MaxAllowedValidators = ReadU16(h, path, "max_allowed_validators"),
            Kappa = ReadU16(h, path, "kappa"),
            BondsPenalty = ReadU16(h, path, "bonds_penalty"),
            BondsMovingAverage = ReadU64(h, path, "bonds_moving_average"),
            Yuma3 = ReadBool(h, path, "yuma3"),
            LiquidAlpha = ReadBool(h, path, "liquid_alpha"),
            AlphaLow = ReadU16(h, path, "alpha_low"),
            AlphaHigh = ReadU16(h, path, "alpha_high"),
            AlphaSigmoidSteepness = ReadI16(h, path, "alpha_sigmoid_steepness"),
            StakeThreshold = ReadU64(h, path, "stake_threshold"),
            CommitReveal = ReadBool(h, path, "commit_reveal"),
        };
    }

    private static ScenarioState ReadInitial(JsonElement s, string path, bool commitReveal)
    {
        RequireObject(s, path);
        ushort n = ReadU16(s, path, "n");
        JsonElement ownerElement = Field(s, path, "owner_uid");
        ushort? owner = null;
        if (ownerElement.ValueKind != JsonValueKind.Null)
        {
            owner = ownerElement.ValueKind == JsonValueKind.Number && ownerElement.TryGetUInt16(out ushort o)
                ? o
                : throw new ScenarioFormatException($"{path}.owner_uid", "expected a u16 uid or null");
            CheckUid(o, n, $"{path}.owner_uid");
        }

        ulong[]? commitBlocks = null;
        if (commitReveal)
        {
            commitBlocks = s.TryGetProperty("commit_blocks", out JsonElement cb)
                ? ReadCommitBlocks(cb, $"{path}.commit_blocks", n)
                : throw new ScenarioFormatException($"{path}.commit_blocks", "missing (required when commit_reveal is true: u64 block or null per uid)");
        }

        return new ScenarioState
        {
            N = n,
            OwnerUid = owner,
            Stake = ReadU64Array(Field(s, path, "stake"), $"{path}.stake", n),
            BlockAtRegistration = ReadU64Array(Field(s, path, "block_at_registration"), $"{path}.block_at_registration", n),
            LastUpdate = ReadU64Array(Field(s, path, "last_update"), $"{path}.last_update", n),
            ValidatorPermit = ReadBoolArray(Field(s, path, "validator_permit"), $"{path}.validator_permit", n),
            Weights = ReadRows(Field(s, path, "weights"), $"{path}.weights", n),
            Bonds = ReadRows(Field(s, path, "bonds"), $"{path}.bonds", n),
            LastMechanismStepBlock = ReadU64(s, path, "last_mechanism_step_block"),
            CommitBlocks = commitBlocks,
        };
    }

    private static List<ScenarioStep> ReadSteps(JsonElement steps, string path, ushort n)
    {
        if (steps.ValueKind != JsonValueKind.Array)
        {
            throw new ScenarioFormatException(path, "expected an array of steps");
        }

        List<ScenarioStep> result = new(steps.GetArrayLength());
        int index = 0;
        foreach (JsonElement step in steps.EnumerateArray())
        {
            string p = string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
            RequireObject(step, p);
            JsonElement op = Field(step, p, "op");
            string? name = op.ValueKind == JsonValueKind.String ? op.GetString() : throw new ScenarioFormatException($"{p}.op", $"expected a string ({Ops})");
            result.Add(name switch
            {
                "set_weights" => ReadSetWeights(step, p, n),
                "set_stake" => new SetStakeStep(ReadUid(step, p, n), ReadU64(step, p, "stake")),
                "reset_bonds" => new ResetBondsStep(ReadUid(step, p, n)),
                "epoch" => new EpochStep(ReadU64(step, p, "block"), ReadU64(step, p, "rao_emission")),
                _ => throw new ScenarioFormatException($"{p}.op", $"unknown op \"{name}\" (expected {Ops})"),
            });
            index++;
        }

        return result;
    }

    private static SetWeightsStep ReadSetWeights(JsonElement step, string path, ushort n)
    {
        ulong block = ReadU64(step, path, "block");
        ushort uid = ReadUid(step, path, n);
        ushort[] dests = ReadU16Array(Field(step, path, "dests"), $"{path}.dests");
        ushort[] weights = ReadU16Array(Field(step, path, "weights"), $"{path}.weights");
        for (int i = 0; i < dests.Length; i++)
        {
            CheckUid(dests[i], n, string.Create(CultureInfo.InvariantCulture, $"{path}.dests[{i}]"));
        }

        if (weights.Length != dests.Length)
        {
            throw new ScenarioFormatException(
                $"{path}.weights",
                string.Create(CultureInfo.InvariantCulture, $"expected one weight per dest ({dests.Length}), got {weights.Length}"));
        }

        return new SetWeightsStep(block, uid, dests, weights);
    }

    private static ushort ReadUid(JsonElement step, string path, ushort n)
    {
        ushort uid = ReadU16(step, path, "uid");
        CheckUid(uid, n, $"{path}.uid");
        return uid;
    }

    private static void CheckUid(ushort uid, ushort n, string path)
    {
        if (uid >= n)
        {
            throw new ScenarioFormatException(path, string.Create(CultureInfo.InvariantCulture, $"uid {uid} out of range (n = {n})"));
        }
    }

    private static SparseEntry[][] ReadRows(JsonElement rows, string path, ushort n)
    {
        const string Expected = "expected an array of n rows, each an array of [uid, u16] pairs";
        if (rows.ValueKind != JsonValueKind.Array)
        {
            throw new ScenarioFormatException(path, Expected);
        }

        CheckLength(rows, path, n);
        SparseEntry[][] result = new SparseEntry[n][];
        int i = 0;
        foreach (JsonElement row in rows.EnumerateArray())
        {
            string rowPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (row.ValueKind != JsonValueKind.Array)
            {
                throw new ScenarioFormatException(rowPath, "expected an array of [uid, u16] pairs");
            }

            SparseEntry[] entries = new SparseEntry[row.GetArrayLength()];
            int e = 0;
            foreach (JsonElement pair in row.EnumerateArray())
            {
                string pairPath = string.Create(CultureInfo.InvariantCulture, $"{rowPath}[{e}]");
                if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2
                    || !TryU16(pair[0], out ushort uid) || !TryU16(pair[1], out ushort value))
                {
                    throw new ScenarioFormatException(pairPath, "expected a [uid, u16] pair");
                }

                CheckUid(uid, n, pairPath);
                entries[e++] = new SparseEntry(uid, value);
            }

            result[i++] = entries;
        }

        return result;
    }

    private static ulong[] ReadCommitBlocks(JsonElement array, string path, ushort n)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new ScenarioFormatException(path, "expected an array of u64 blocks or null");
        }

        CheckLength(array, path, n);
        ulong[] result = new ulong[n];
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Null)
            {
                result[i++] = ulong.MaxValue;
            }
            else if (item.ValueKind == JsonValueKind.Number && item.TryGetUInt64(out ulong v))
            {
                result[i++] = v;
            }
            else
            {
                throw new ScenarioFormatException(path, "expected an array of u64 blocks or null");
            }
        }

        return result;
    }

    private static ulong[] ReadU64Array(JsonElement array, string path, ushort n)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new ScenarioFormatException(path, "expected an array of u64");
        }

        CheckLength(array, path, n);
        ulong[] result = new ulong[n];
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            result[i] = item.ValueKind == JsonValueKind.Number && item.TryGetUInt64(out ulong v)
                ? v
                : throw new ScenarioFormatException(path, string.Create(CultureInfo.InvariantCulture, $"expected an array of u64 (element {i}: {Describe(item)})"));
            i++;
        }

        return result;
    }

    private static bool[] ReadBoolArray(JsonElement array, string path, ushort n)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new ScenarioFormatException(path, "expected an array of booleans");
        }

        CheckLength(array, path, n);
        bool[] result = new bool[n];
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            result[i] = item.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new ScenarioFormatException(path, string.Create(CultureInfo.InvariantCulture, $"expected an array of booleans (element {i}: {Describe(item)})")),
            };
            i++;
        }

        return result;
    }

    private static ushort[] ReadU16Array(JsonElement array, string path)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new ScenarioFormatException(path, "expected an array of u16");
        }

        ushort[] result = new ushort[array.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            result[i] = TryU16(item, out ushort v)
                ? v
                : throw new ScenarioFormatException(path, string.Create(CultureInfo.InvariantCulture, $"expected an array of u16 (element {i}: {Describe(item)})"));
            i++;
        }

        return result;
    }

    private static void CheckLength(JsonElement array, string path, ushort n)
    {
        int length = array.GetArrayLength();
        if (length != n)
        {
            throw new ScenarioFormatException(path, string.Create(CultureInfo.InvariantCulture, $"expected {n} elements (one per uid), got {length}"));
        }
    }

    private static bool TryU16(JsonElement item, out ushort value)
    {
        value = 0;
        return item.ValueKind == JsonValueKind.Number && item.TryGetUInt16(out value);
    }

    private static JsonElement Field(JsonElement obj, string path, string name) =>
        obj.TryGetProperty(name, out JsonElement value) ? value : throw new ScenarioFormatException($"{path}.{name}", "missing field");

    private static void RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ScenarioFormatException(path, $"expected an object, got {Describe(element)}");
        }
    }

    private static string ReadString(JsonElement obj, string path, string name)
    {
        JsonElement value = Field(obj, path, name);
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new ScenarioFormatException($"{path}.{name}", "expected a string");
    }

    private static string? ReadOptionalString(JsonElement obj, string path, string name)
    {
        if (!obj.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new ScenarioFormatException($"{path}.{name}", "expected a string");
    }

    private static bool ReadBool(JsonElement obj, string path, string name) => Field(obj, path, name).ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ScenarioFormatException($"{path}.{name}", "expected a boolean"),
    };

    private static ushort ReadU16(JsonElement obj, string path, string name)
    {
        JsonElement value = Field(obj, path, name);
        return TryU16(value, out ushort v) ? v : throw new ScenarioFormatException($"{path}.{name}", $"expected a u16 (0..65535), got {Describe(value)}");
    }

    private static short ReadI16(JsonElement obj, string path, string name)
    {
        JsonElement value = Field(obj, path, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt16(out short v)
            ? v
            : throw new ScenarioFormatException($"{path}.{name}", $"expected an i16 (-32768..32767), got {Describe(value)}");
    }

    private static ulong ReadU64(JsonElement obj, string path, string name)
    {
        JsonElement value = Field(obj, path, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out ulong v)
            ? v
            : throw new ScenarioFormatException($"{path}.{name}", $"expected a u64, got {Describe(value)}");
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.String => "a string",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };
}
