using System.Text.Json;
using Bittensor.Cli.Infrastructure;

namespace Bittensor.Cli.Weights;

/// <summary>
/// The salts and weights of unrevealed commits, kept in the wallet directory (<c>&lt;wallet&gt;/weight_commits.json</c>)
/// so <c>weights reveal</c> can send the exact preimage later without the user re-typing the salt. The file holds
/// no secret key material; losing it only means passing <c>--salt</c>, <c>--uids</c> and <c>--weights</c> by hand.
/// </summary>
internal static class CommitStore
{
    public static string PathFor(Sdk.Wallets.Wallet wallet)
    {
        ArgumentNullException.ThrowIfNull(wallet);
        return Path.Combine(wallet.Directory, "weight_commits.json");
    }

    public static List<PendingCommit> Load(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(path));
            return [.. doc.RootElement.GetProperty("commits").EnumerateArray().Select(Read)];
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new CliException($"{path} is damaged ({ex.Message}); pass --salt, --uids and --weights to reveal by hand", ex);
        }
    }

    public static void Save(string path, IReadOnlyList<PendingCommit> commits)
    {
        ArgumentNullException.ThrowIfNull(commits);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string json = JsonOut.Object(w =>
        {
            w.WriteStartArray("commits");
            foreach (PendingCommit c in commits)
            {
                w.WriteStartObject();
                w.WriteNumber("netuid", c.Netuid);
                w.WriteString("hotkey", c.Hotkey);
                WeightsCommand.WriteU16s(w, "uids", c.Uids);
                WeightsCommand.WriteU16s(w, "values", c.Values);
                WeightsCommand.WriteU16s(w, "salt", c.Salt);
                w.WriteNumber("version_key", c.VersionKey);
                w.WriteString("hash", c.Hash);
                w.WriteString("block", c.Block);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, json + "\n");
        File.Move(temporary, path, overwrite: true);
    }

    private static PendingCommit Read(JsonElement e) => new(
        e.GetProperty("netuid").GetUInt16(),
        e.GetProperty("hotkey").GetString()!,
        U16s(e.GetProperty("uids")),
        U16s(e.GetProperty("values")),
        U16s(e.GetProperty("salt")),
        e.GetProperty("version_key").GetUInt64(),
        e.GetProperty("hash").GetString()!,
        e.GetProperty("block").GetString()!);

    private static ushort[] U16s(JsonElement array) => [.. array.EnumerateArray().Select(x => x.GetUInt16())];
}
