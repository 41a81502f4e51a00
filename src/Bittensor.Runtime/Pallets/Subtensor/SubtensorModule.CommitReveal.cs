using System.Buffers;
using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Scheduling;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// Commit-reveal v2 (hash): <c>commit_weights</c> stores <c>BlakeTwo256(SCALE(hotkey, netuid_index, uids, values, salt,
/// version_key))</c> tagged with the (look-ahead) epoch; <c>reveal_weights</c> in epoch <c>commit + RevealPeriodEpochs</c>
/// with the matching preimage runs set_weights.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>subnets/weights.rs::{internal_commit_weights, internal_reveal_weights,
/// get_commit_hash, check_rate_limit, current_epoch_with_lookahead, is_reveal_block_range, is_commit_expired}</c>.</remarks>
public sealed partial class SubtensorModule
{
    /// <summary>Unrevealed commits a hotkey may hold per subnet.</summary>
    public const int MaxUnrevealedCommits = 10;

    public CallDescriptor CommitWeights { get; private set; } = null!;

    public CallDescriptor RevealWeights { get; private set; } = null!;

    /// <summary>(netuid index, hotkey) → pending commits, oldest first.</summary>
    public StorageDoubleMap<ushort, AccountId32, WeightCommit[]> WeightCommits { get; private set; } = null!;

    private void DefineCommitRevealCalls()
    {
        WeightCommits = DefineDoubleMap("WeightCommits", StorageHasher.Twox64Concat, Codecs.U16, StorageHasher.Twox64Concat, Codecs.AccountId32, SubtensorCodecs.Commits, StorageModifier.Optional, []);
        FieldDef netuid = P("netuid", TypeRef.U16, "NetUid");
        CommitWeights = DefineCall(96, "commit_weights", [netuid, P("commit_hash", KnownTypes.H256, "H256")], DoCommitWeights, new Weight(72_300_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(7, 2)), pays: Pays.No, docs: " Commits a hash of the caller's weights, to be revealed in a later epoch.");
        RevealWeights = DefineCall(97, "reveal_weights", [netuid, P("uids", TypeRef.Vec(TypeRef.U16), "Vec<u16>"), P("values", TypeRef.Vec(TypeRef.U16), "Vec<u16>"), P("salt", TypeRef.Vec(TypeRef.U16), "Vec<u16>"), P("version_key", TypeRef.U64, "u64")], DoRevealWeights, new Weight(122_000_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(16, 3)), pays: Pays.No, docs: " Reveals weights committed earlier; they are then set as set_weights would.");
    }

    /// <summary><c>get_commit_hash</c>: BlakeTwo256 of the SCALE tuple (who, netuid_index, uids, values, salt, version_key).</summary>
    public static H256 CommitHash(in AccountId32 who, ushort netuidIndex, ReadOnlySpan<ushort> uids, ReadOnlySpan<ushort> values, ReadOnlySpan<ushort> salt, ulong versionKey)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + (2 * (uids.Length + values.Length + salt.Length)));
        var writer = new ScaleWriter(buffer);
        writer.WriteBytes(who.AsSpan());
        writer.WriteU16(netuidIndex);
        WriteU16s(ref writer, uids);
        WriteU16s(ref writer, values);
        WriteU16s(ref writer, salt);
        writer.WriteU64(versionKey);
        return new H256(Blake2b.Hash256(buffer.WrittenSpan));
    }

    private static void WriteU16s(ref ScaleWriter writer, ReadOnlySpan<ushort> values)
    {
        writer.WriteCompact((ulong)values.Length);
        foreach (ushort v in values)
        {
            writer.WriteU16(v);
        }
    }

    /// <summary><c>current_epoch_with_lookahead</c>: <c>SubnetEpochIndex</c>, plus one if the epoch fires this block.</summary>
    public ulong CurrentEpochWithLookahead(IStorage s, ushort netuid, ulong block)
    {
        ulong index = SubnetEpochIndex.Get(s, netuid);
        bool fires = EpochSchedule.ShouldRunEpoch(Tempo.Get(s, netuid), LastEpochBlock.Get(s, netuid), PendingEpochAt.Get(s, netuid), BlocksSinceLastStep.Get(s, netuid), block);
        return fires ? index + 1 : index;
    }

    private bool IsCommitExpired(IStorage s, ushort netuid, ulong commitEpoch, ulong block) =>
        CurrentEpochWithLookahead(s, netuid, block) > SatAdd(commitEpoch, RevealPeriodEpochs.Get(s, netuid));

    private bool IsRevealEpoch(IStorage s, ushort netuid, ulong commitEpoch, ulong block) =>
        CurrentEpochWithLookahead(s, netuid, block) == SatAdd(commitEpoch, RevealPeriodEpochs.Get(s, netuid));

    /// <summary><c>check_rate_limit</c>: a registered uid whose LastUpdate is 0 or at least WeightsSetRateLimit blocks old.</summary>
    private bool WeightsRateLimitPasses(IStorage s, ushort netuid, ushort uid, ulong block)
    {
        if (uid >= SubnetworkN.Get(s, netuid))
        {
            return false;
        }

        ulong[] lastUpdate = LastUpdate.Get(s, netuid);
        ulong last = uid < lastUpdate.Length ? lastUpdate[uid] : 0;
        return last == 0 || block - Math.Min(block, last) >= WeightsSetRateLimit.Get(s, netuid);
    }

    private DispatchResult DoCommitWeights(DispatchContext context, Origin origin, CallArgs args)
    {
        ushort netuid = args.U16(0);
        H256 hash = args.Get<H256>(1);
        IStorage s = context.Storage;
        if (!NetworksAdded.Get(s, netuid))
        {
            return MechanismDoesNotExist;
        }

        if (!origin.TryGetSigner(out AccountId32 who))
        {
            return DispatchError.BadOrigin;
        }

        if (!CommitRevealWeightsEnabled.Get(s, netuid))
        {
            return CommitRevealDisabled;
        }

        if (!Uids.TryGet(s, netuid, who, out ushort uid))
        {
            return HotKeyNotRegisteredInSubNet;
        }

        ulong block = context.BlockNumber;
        if (!WeightsRateLimitPasses(s, netuid, uid, block))
        {
            return CommittingWeightsTooFast;
        }

        ulong epoch = CurrentEpochWithLookahead(s, netuid, block);
        List<WeightCommit> commits = [.. WeightCommits.Get(s, netuid, who)];
        while (commits.Count > 0 && IsCommitExpired(s, netuid, commits[0].Epoch, block))
        {
            commits.RemoveAt(0);
        }

        if (commits.Count >= MaxUnrevealedCommits)
        {
            return TooManyUnrevealedCommits;
        }

        commits.Add(new WeightCommit(hash, epoch, block, 0));
        WeightCommits.Insert(s, netuid, who, [.. commits]);
        context.DepositEvent(WeightsCommitted.Create(who, netuid, hash));

        // Commits count as activity: LastUpdate is set as set_weights would.
        ulong[] lastUpdate = LastUpdate.Get(s, netuid);
        if (uid >= lastUpdate.Length)
        {
            Array.Resize(ref lastUpdate, uid + 1);
        }

        lastUpdate[uid] = block;
        LastUpdate.Insert(s, netuid, lastUpdate);
        return DispatchResult.Ok;
    }

    private DispatchResult DoRevealWeights(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 who))
        {
            return DispatchError.BadOrigin;
        }

        ushort netuid = args.U16(0);
        ushort[] uids = U16Array(args.Values[1]);
        ushort[] values = U16Array(args.Values[2]);
        ushort[] salt = U16Array(args.Values[3]);
        ulong versionKey = args.U64(4);
        IStorage s = context.Storage;
        if (!CommitRevealWeightsEnabled.Get(s, netuid))
        {
            return CommitRevealDisabled;
        }

        if (!WeightCommits.TryGet(s, netuid, who, out WeightCommit[] stored))
        {
            return NoWeightsCommitFound;
        }

        ulong block = context.BlockNumber;
        List<WeightCommit> commits = [.. stored];
        var expired = new List<H256>();
        while (commits.Count > 0 && IsCommitExpired(s, netuid, commits[0].Epoch, block))
        {
            expired.Add(commits[0].Hash);
            commits.RemoveAt(0);
        }

        H256 provided = CommitHash(who, netuid, uids, values, salt, versionKey);
        int position = commits.FindIndex(c => c.Hash == provided);
        if (position < 0)
        {
            return expired.Contains(provided) ? ExpiredWeightCommit : commits.Count == 0 ? NoWeightsCommitFound : InvalidRevealCommitHashNotMatch;
        }

        if (!IsRevealEpoch(s, netuid, commits[position].Epoch, block))
        {
            return RevealTooEarly;
        }

        commits.RemoveRange(0, position + 1);
        if (commits.Count == 0)
        {
            WeightCommits.Remove(s, netuid, who);
        }
        else
        {
            WeightCommits.Insert(s, netuid, who, [.. commits]);
        }

        if (SetWeightsFor(context, who, netuid, uids, values, versionKey) is { } error)
        {
            return error;
        }

        context.DepositEvent(WeightsRevealed.Create(who, netuid, provided));
        return DispatchResult.Ok;
    }
}
