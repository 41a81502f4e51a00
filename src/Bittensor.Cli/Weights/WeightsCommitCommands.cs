using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Bittensor.Cli.Chain;
using Bittensor.Cli.Infrastructure;
using Bittensor.Cli.Wallet;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain.Extrinsics;

namespace Bittensor.Cli.Weights;

/// <summary>
/// <c>weights commit</c> and <c>weights reveal</c>: the runtime's hash scheme (commit_weights stores
/// blake2(hotkey, netuid, uids, values, salt, version_key); reveal_weights in the reveal epoch sends the preimage).
/// Commit records the salt and the converted weights in the wallet directory (<see cref="CommitStore"/>) so reveal
/// finds them; reveal also takes them explicitly.
/// </summary>
internal static class WeightsCommitCommands
{
    /// <summary>btcli's default salt: eight random u16 words.</summary>
    private const int SaltLength = 8;

    public static Command Commit(CliContext context)
    {
        ChainCommand command = new(context, "commit", "Commit a hash of the hotkey's weights on a subnet (commit-reveal); the salt is stored for reveal.", WalletUse.ColdkeyAndHotkey, signs: true);
        WeightsCommand.WeightOptions options = new(command, required: true);
        Option<string> saltOption = command.Add(new Option<string>("--salt", "-s") { Description = "Comma-separated u16 salt (default: eight random words)." });
        return command.Run(async run =>
        {
            ushort id = run.Get(options.Netuid);
            (ushort[] uids, float[] weights) = options.Read(run);
            (ushort[] dests, ushort[] values) = WeightUtils.ConvertWeightsAndUids(uids, weights);
            if (dests.Length == 0)
            {
                throw new CliException("--weights: all weights are zero; nothing to commit");
            }

            ushort[] salt = run.Get(saltOption) is { } given ? ParseSalt(given) : RandomSalt();
            ulong versionKey = run.Get(options.VersionKey);
            WalletSelector.RequireHotkey(run.Wallet);
            AccountId32 hotkey = run.HotkeyAddress;
            await run.RequireSubnetAsync(id).ConfigureAwait(false);
            ExtrinsicReceipt receipt = await run.SubmitAsync("weights commit", $"Commit weights for {dests.Length} UIDs on subnet {id}?", run.UnlockHotkey, (c, key) => c.CommitWeightsAsync(key, id, dests, values, salt, versionKey, run.Token)).ConfigureAwait(false);
            string hash = Hex.Encode(WeightUtils.CommitHash(hotkey.AsSpan(), id, dests, values, salt, versionKey));
            string store = CommitStore.PathFor(run.Wallet);
            List<PendingCommit> pending = CommitStore.Load(store);
            pending.Add(new PendingCommit(id, hotkey.ToSs58(), dests, values, salt, versionKey, hash, receipt.BlockHash?.ToString() ?? string.Empty));
            CommitStore.Save(store, pending);
            return run.Done(
                receipt,
                w =>
                {
                    w.WriteNumber("netuid", id);
                    w.WriteString("hotkey", hotkey.ToSs58());
                    w.WriteString("commit_hash", hash);
                    WeightsCommand.WriteU16s(w, "uids", dests);
                    WeightsCommand.WriteU16s(w, "values", values);
                    WeightsCommand.WriteU16s(w, "salt", salt);
                    w.WriteNumber("version_key", versionKey);
                },
                $"Committed weights on subnet {id}: hash {hash}",
                $"Salt {string.Join(",", salt)} saved in {store}; run `btcli weights reveal --netuid {id}` in the reveal epoch.");
        });
    }

    public static Command Reveal(CliContext context)
    {
        ChainCommand command = new(context, "reveal", "Reveal weights committed earlier (the stored commit, or --uids/--weights/--salt).", WalletUse.ColdkeyAndHotkey, signs: true);
        WeightsCommand.WeightOptions options = new(command, required: false);
        Option<string> saltOption = command.Add(new Option<string>("--salt", "-s") { Description = "Comma-separated u16 salt the commit used (default: the stored commit)." });
        return command.Run(async run =>
        {
            ushort id = run.Get(options.Netuid);
            WalletSelector.RequireHotkey(run.Wallet);
            AccountId32 hotkey = run.HotkeyAddress;
            string store = CommitStore.PathFor(run.Wallet);
            PendingCommit commit;
            if (options.Given(run) || run.Get(saltOption) is not null)
            {
                (ushort[] uids, float[] weights) = options.Read(run);
                ushort[] salt = ParseSalt(run.Get(saltOption) ?? throw new CliException("--salt is required with --uids and --weights"));
                (ushort[] dests, ushort[] values) = WeightUtils.ConvertWeightsAndUids(uids, weights);
                ulong versionKey = run.Get(options.VersionKey);
                commit = new PendingCommit(id, hotkey.ToSs58(), dests, values, salt, versionKey, Hex.Encode(WeightUtils.CommitHash(hotkey.AsSpan(), id, dests, values, salt, versionKey)), string.Empty);
            }
            else
            {
                commit = CommitStore.Load(store).FirstOrDefault(c => c.Netuid == id && c.Hotkey == hotkey.ToSs58())
                    ?? throw new CliException($"no stored commit of {hotkey} on subnet {id} in {store}; pass --uids, --weights and --salt");
            }

            await run.RequireSubnetAsync(id).ConfigureAwait(false);
            ExtrinsicReceipt receipt = await run.SubmitAsync("weights reveal", $"Reveal weights for {commit.Uids.Length} UIDs on subnet {id}?", run.UnlockHotkey, (c, key) => c.RevealWeightsAsync(key, id, commit.Uids, commit.Values, commit.Salt, commit.VersionKey, run.Token)).ConfigureAwait(false);
            CommitStore.Save(store, [.. CommitStore.Load(store).Where(c => c.Hash != commit.Hash)]);
            return run.Done(
                receipt,
                w =>
                {
                    w.WriteNumber("netuid", id);
                    w.WriteString("hotkey", hotkey.ToSs58());
                    w.WriteString("commit_hash", commit.Hash);
                    WeightsCommand.WriteU16s(w, "uids", commit.Uids);
                    WeightsCommand.WriteU16s(w, "values", commit.Values);
                },
                $"Revealed weights on subnet {id} for UIDs {string.Join(", ", commit.Uids)}.");
        });
    }

    private static ushort[] ParseSalt(string text)
    {
        ushort[] salt = [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => ushort.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out ushort u) ? u : throw new CliException($"--salt: '{s}' is not a u16"))];
        return salt.Length > 0 ? salt : throw new CliException("--salt: empty list");
    }

    private static ushort[] RandomSalt()
    {
        Span<byte> bytes = stackalloc byte[SaltLength * 2];
        RandomNumberGenerator.Fill(bytes);
        ushort[] salt = new ushort[SaltLength];
        for (int i = 0; i < SaltLength; i++)
        {
            salt[i] = (ushort)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
        }

        return salt;
    }
}
