using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Bittensor.Cli.Infrastructure;

namespace Bittensor.Cli.Localnet;

/// <summary>
/// <c>state.json</c> in the localnet folder: what <c>localnet up</c> is running (its own pid, the node's endpoint, the
/// netuid, every child process), so <c>status</c> and <c>down</c> work from another terminal. The owner is the
/// <c>localnet up</c> process itself (with its start time, so a reused pid is not mistaken for it).
/// </summary>
public sealed record LocalnetState(int OwnerPid, long OwnerStartedUnixMs, string Root, string? Endpoint, ushort? Netuid, IReadOnlyList<LocalnetProcessRecord> Processes)
{
    public const string FileName = "state.json";

    public string ToJson()
    {
        using MemoryStream stream = new();
        using (Utf8JsonWriter w = new(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("owner_pid", OwnerPid);
            w.WriteNumber("owner_started_unix_ms", OwnerStartedUnixMs);
            w.WriteString("root", Root);
            w.WriteString("endpoint", Endpoint);
            if (Netuid is ushort netuid)
            {
                w.WriteNumber("netuid", netuid);
            }
            else
            {
                w.WriteNull("netuid");
            }

            w.WriteStartArray("processes");
            foreach (LocalnetProcessRecord p in Processes)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                w.WriteNumber("pid", p.Pid);
                w.WriteNumber("started_unix_ms", p.StartedUnixMs);
                w.WriteString("log", p.Log);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Parses a state file; a damaged one is a <see cref="FormatException"/> naming what is wrong.</summary>
    public static LocalnetState Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement root = doc.RootElement;
            List<LocalnetProcessRecord> processes = [];
            foreach (JsonElement p in Required(root, "processes").EnumerateArray())
            {
                processes.Add(new LocalnetProcessRecord(
                    Required(p, "name").GetString() ?? throw new FormatException("state file: a process has a null name"),
                    Required(p, "pid").GetInt32(),
                    Required(p, "started_unix_ms").GetInt64(),
                    Required(p, "log").GetString() ?? string.Empty));
            }

            JsonElement netuid = Required(root, "netuid");
            return new LocalnetState(
                Required(root, "owner_pid").GetInt32(),
                Required(root, "owner_started_unix_ms").GetInt64(),
                Required(root, "root").GetString() ?? string.Empty,
                Required(root, "endpoint").GetString(),
                netuid.ValueKind == JsonValueKind.Null ? null : netuid.GetUInt16(),
                processes);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"state file: not valid JSON at byte {ex.BytePositionInLine} of line {ex.LineNumber}: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException($"state file: a field has the wrong type: {ex.Message}", ex);
        }
    }

    /// <summary>Reads <paramref name="path"/>, or null when there is none.</summary>
    public static LocalnetState? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (FormatException ex)
        {
            throw new CliException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>Writes atomically (temp file + rename) so a reader never sees half a file.</summary>
    public void Save(string path)
    {
        string temp = path + ".tmp";
        File.WriteAllText(temp, ToJson(), new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>True when <paramref name="record"/>'s pid runs and started when recorded (not a reused pid).</summary>
    public static bool IsAlive(LocalnetProcessRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return IsAlive(record.Pid, record.StartedUnixMs);
    }

    /// <summary>True when <paramref name="pid"/> runs and started within 2 s of <paramref name="startedUnixMs"/>.</summary>
    public static bool IsAlive(int pid, long startedUnixMs)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            if (process.HasExited)
            {
                return false;
            }

            long started = new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds();
            return Math.Abs(started - startedUnixMs) < 2000;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The start time of a running process (ms since the epoch), as recorded.</summary>
    public static long StartTimeOf(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds();
    }

    private static JsonElement Required(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value)
            ? value
            : throw new FormatException($"state file: missing \"{name}\"");
}
