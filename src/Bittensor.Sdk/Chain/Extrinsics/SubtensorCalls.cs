using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Chain.Extrinsics;

/// <summary>Encoded calls of the SDK's write methods (bittensor core/extrinsics/*), built from the metadata's call layouts.</summary>
public static class SubtensorCalls
{
    private const string Subtensor = "SubtensorModule";

    /// <summary><c>transfer</c>: Balances.transfer_keep_alive (or transfer_allow_death when not keeping alive).</summary>
    public static byte[] Transfer(ChainMetadata metadata, AccountId32 destination, ulong rao, bool keepAlive = true) =>
        Encode(metadata, "Balances", keepAlive ? "transfer_keep_alive" : "transfer_allow_death", new ScaleField("dest", Id(destination)), new ScaleField("value", ScaleValue.U64(rao)));

    /// <summary><c>transfer(…, transfer_all=True)</c>: Balances.transfer_all.</summary>
    public static byte[] TransferAll(ChainMetadata metadata, AccountId32 destination, bool keepAlive = true) =>
        Encode(metadata, "Balances", "transfer_all", new ScaleField("dest", Id(destination)), new ScaleField("keep_alive", ScaleValue.Bool(keepAlive)));

    /// <summary><c>burned_register(netuid)</c>, signed by the coldkey for <paramref name="hotkey"/>.</summary>
    public static byte[] BurnedRegister(ChainMetadata metadata, ushort netuid, AccountId32 hotkey) =>
        Encode(metadata, Subtensor, "burned_register", new ScaleField("netuid", ScaleValue.U16(netuid)), new ScaleField("hotkey", Account(hotkey)));

    /// <summary>
    /// <c>set_weights</c> with already-converted u16 weights (see <see cref="WeightUtils.ConvertWeightsAndUids"/>):
    /// set_mechanism_weights when the runtime has it (as SDK v10), else set_weights.
    /// </summary>
    public static byte[] SetWeights(ChainMetadata metadata, ushort netuid, IReadOnlyList<ushort> uids, IReadOnlyList<ushort> weights, ulong versionKey, byte mechanismId = 0)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        List<ScaleField> args = [new("netuid", ScaleValue.U16(netuid))];
        bool mechanisms = metadata.TryGetPallet(Subtensor, out _) && metadata.Calls(Subtensor).Any(c => c.Name == "set_mechanism_weights");
        if (mechanisms)
        {
            args.Add(new ScaleField("mecid", ScaleValue.U8(mechanismId)));
        }
        else if (mechanismId != 0)
        {
            throw new NotSupportedException("this runtime has no mechanisms (set_mechanism_weights)");
        }

        args.Add(new ScaleField("dests", U16s(uids)));
        args.Add(new ScaleField("weights", U16s(weights)));
        args.Add(new ScaleField("version_key", ScaleValue.U64(versionKey)));
        return Encode(metadata, Subtensor, mechanisms ? "set_mechanism_weights" : "set_weights", [.. args]);
    }

    /// <summary><c>commit_weights</c>: SubtensorModule.commit_weights(netuid, commit_hash) (hash from <see cref="WeightUtils.CommitHash"/>).</summary>
    public static byte[] CommitWeights(ChainMetadata metadata, ushort netuid, ReadOnlySpan<byte> commitHash) =>
        Encode(metadata, Subtensor, "commit_weights", new ScaleField("netuid", ScaleValue.U16(netuid)), new ScaleField("commit_hash", ScaleValue.Bytes(commitHash)));

    /// <summary><c>reveal_weights</c>: SubtensorModule.reveal_weights(netuid, uids, values, salt, version_key).</summary>
    public static byte[] RevealWeights(ChainMetadata metadata, ushort netuid, IReadOnlyList<ushort> uids, IReadOnlyList<ushort> values, IReadOnlyList<ushort> salt, ulong versionKey) =>
        Encode(metadata, Subtensor, "reveal_weights", new ScaleField("netuid", ScaleValue.U16(netuid)), new ScaleField("uids", U16s(uids)), new ScaleField("values", U16s(values)), new ScaleField("salt", U16s(salt)), new ScaleField("version_key", ScaleValue.U64(versionKey)));

    /// <summary><c>serve_axon</c>, signed by the hotkey. <paramref name="ip"/> is the address as an integer (IPv4 in the low 32 bits).</summary>
    public static byte[] ServeAxon(ChainMetadata metadata, ushort netuid, uint version, UInt128 ip, ushort port, byte ipType, byte protocol = 4) =>
        Encode(metadata, Subtensor, "serve_axon",
            new ScaleField("netuid", ScaleValue.U16(netuid)),
            new ScaleField("version", ScaleValue.U32(version)),
            new ScaleField("ip", ScaleValue.U128(ip)),
            new ScaleField("port", ScaleValue.U16(port)),
            new ScaleField("ip_type", ScaleValue.U8(ipType)),
            new ScaleField("protocol", ScaleValue.U8(protocol)),
            new ScaleField("placeholder1", ScaleValue.U8(0)),
            new ScaleField("placeholder2", ScaleValue.U8(0)));

    /// <summary><c>add_stake</c> (rao of TAO); with a limit price, add_stake_limit (safe staking).</summary>
    public static byte[] AddStake(ChainMetadata metadata, AccountId32 hotkey, ushort netuid, ulong amountRao, ulong? limitPrice = null, bool allowPartial = false) =>
        limitPrice is ulong limit
            ? Encode(metadata, Subtensor, "add_stake_limit", new ScaleField("hotkey", Account(hotkey)), new ScaleField("netuid", ScaleValue.U16(netuid)), new ScaleField("amount_staked", ScaleValue.U64(amountRao)), new ScaleField("limit_price", ScaleValue.U64(limit)), new ScaleField("allow_partial", ScaleValue.Bool(allowPartial)))
            : Encode(metadata, Subtensor, "add_stake", new ScaleField("hotkey", Account(hotkey)), new ScaleField("netuid", ScaleValue.U16(netuid)), new ScaleField("amount_staked", ScaleValue.U64(amountRao)));

    /// <summary><c>unstake</c> (alpha in its smallest unit); with a limit price, remove_stake_limit.</summary>
    public static byte[] RemoveStake(ChainMetadata metadata, AccountId32 hotkey, ushort netuid, ulong amountAlpha, ulong? limitPrice = null, bool allowPartial = false) =>
        limitPrice is ulong limit
            ? Encode(metadata, Subtensor, "remove_stake_limit", new ScaleField("hotkey", Account(hotkey)), new ScaleField("netuid", ScaleValue.U16(netuid)), new ScaleField("amount_unstaked", ScaleValue.U64(amountAlpha)), new ScaleField("limit_price", ScaleValue.U64(limit)), new ScaleField("allow_partial", ScaleValue.Bool(allowPartial)))
            : Encode(metadata, Subtensor, "remove_stake", new ScaleField("hotkey", Account(hotkey)), new ScaleField("netuid", ScaleValue.U16(netuid)), new ScaleField("amount_unstaked", ScaleValue.U64(amountAlpha)));

    /// <summary><c>unstake_all</c>: sells all of the signing coldkey's stake on <paramref name="hotkey"/>, on every subnet.</summary>
    public static byte[] UnstakeAll(ChainMetadata metadata, AccountId32 hotkey) =>
        Encode(metadata, Subtensor, "unstake_all", new ScaleField("hotkey", Account(hotkey)));

    private static byte[] Encode(ChainMetadata metadata, string pallet, string call, params ScaleField[] args)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.EncodeCall(pallet, call, args);
    }

    private static BytesValue Account(AccountId32 account) => ScaleValue.Bytes(account.AsSpan());

    private static VariantValue Id(AccountId32 account) => ScaleValue.Variant("Id", new ScaleField(null, Account(account)));

    private static SequenceValue U16s(IReadOnlyList<ushort> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return ScaleValue.Sequence(items.Select(i => (ScaleValue)ScaleValue.U16(i)));
    }
}
