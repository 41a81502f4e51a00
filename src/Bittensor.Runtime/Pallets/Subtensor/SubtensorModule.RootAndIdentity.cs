using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// <c>root_register</c> (a hotkey joins the root subnet, replacing the lowest-staked root uid when full) and
/// <c>register_network_with_identity</c> (register_network plus an optional <c>SubnetIdentityV3</c>).
/// </summary>
/// <remarks>
/// opentensor/subtensor@14bc6f9 <c>coinbase/root.rs::do_root_register</c>, <c>subnets/subnet.rs::do_register_network</c>
/// (step 17), <c>utils/identity.rs::is_valid_subnet_identity</c>. As at upstream HEAD nothing resets
/// <c>RegistrationsThisBlock</c>/<c>RegistrationsThisInterval</c> of root, so they cap root registrations for good
/// (MaxRegistrationsPerBlock, 3 × TargetRegistrationsPerInterval) until root sets them.
/// </remarks>
public sealed partial class SubtensorModule
{
    private static readonly (string Name, int Max)[] IdentityFields =
        [("subnet_name", 256), ("github_repo", 1024), ("subnet_contact", 1024), ("subnet_url", 1024), ("discord", 256), ("description", 1024), ("logo_url", 1024), ("additional", 1024)];

    /// <summary><c>SubnetIdentityV3</c>: eight byte strings.</summary>
    public static CompositeType SubnetIdentityV3Type { get; } = TypeRef.Composite(
        ["pallet_subtensor", "pallet", "SubnetIdentityV3"],
        [.. IdentityFields.Select(f => new FieldDef(f.Name, TypeRef.Bytes, "Vec<u8>"))]);

    public CallDescriptor RootRegister { get; private set; } = null!;

    public CallDescriptor RegisterNetworkWithIdentity { get; private set; } = null!;

    public StorageMap<ushort, ushort> RegistrationsThisBlock { get; private set; } = null!;

    public StorageMap<ushort, ushort> RegistrationsThisInterval { get; private set; } = null!;

    /// <summary>netuid → identity fields (the <see cref="SubnetIdentityV3Type"/> value: eight <c>byte[]</c>).</summary>
    public StorageMap<ushort, object?[]> SubnetIdentitiesV3 { get; private set; } = null!;

    private void DefineRootAndIdentityCalls()
    {
        RegistrationsThisBlock = DefineMap("RegistrationsThisBlock", StorageHasher.Identity, Codecs.U16, Codecs.U16, StorageModifier.Default, (ushort)0);
        RegistrationsThisInterval = DefineMap("RegistrationsThisInterval", StorageHasher.Identity, Codecs.U16, Codecs.U16, StorageModifier.Default, (ushort)0);
        SubnetIdentitiesV3 = DefineMap("SubnetIdentitiesV3", StorageHasher.Blake2_128Concat, Codecs.U16, ValueCodec<object?[]>.Dynamic(SubnetIdentityV3Type), StorageModifier.Optional, []);
        FieldDef hotkey = P("hotkey", KnownTypes.AccountId32, "T::AccountId");
        RootRegister = DefineCall(62, "root_register", [hotkey], DoRootRegister, new Weight(120_000_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(23, 20)), docs: " Registers a hotkey on the root subnet.");
        RegisterNetworkWithIdentity = DefineCall(79, "register_network_with_identity", [hotkey, P("identity", TypeRef.Option(SubnetIdentityV3Type), "Option<SubnetIdentityOfV3>")], DoRegisterNetworkWithIdentity, new Weight(276_300_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(50, 44)), docs: " Registers a new subnet with an optional identity.");
    }

    /// <summary><c>is_valid_subnet_identity</c>: per-field byte limits (256 for name and discord, 1024 otherwise).</summary>
    public static bool IsValidSubnetIdentity(IReadOnlyList<object?> identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.Count == IdentityFields.Length && identity.Select((v, i) => (v as byte[])?.Length <= IdentityFields[i].Max).All(ok => ok);
    }

    private DispatchResult DoRegisterNetworkWithIdentity(DispatchContext context, Origin origin, CallArgs args)
    {
        DispatchResult registered = DoRegisterNetwork(context, origin, args);
        if (!registered.IsOk || args.Values[1] is not object?[] identity)
        {
            return registered;
        }

        if (!IsValidSubnetIdentity(identity))
        {
            return InvalidIdentity;
        }

        ushort netuid = context.Events.Last(e => e.Event.Is(NetworkAdded)).Event.Get<ushort>(0);
        SubnetIdentitiesV3.Insert(context.Storage, netuid, identity);
        context.DepositEvent(SubnetIdentitySet.Create(netuid));
        return registered;
    }

    private DispatchResult DoRootRegister(DispatchContext context, Origin origin, CallArgs args)
    {
        IStorage s = context.Storage;
        ulong block = context.BlockNumber;
        if (!NetworksAdded.Get(s, RootNetUid))
        {
            return RootNetworkDoesNotExist;
        }

        if (!origin.TryGetSigner(out AccountId32 coldkey))
        {
            return DispatchError.BadOrigin;
        }

        AccountId32 hotkey = args.AccountId(0);
        if (RegistrationsThisBlock.Get(s, RootNetUid) >= MaxRegistrationsPerBlock.Get(s, RootNetUid))
        {
            return TooManyRegistrationsThisBlock;
        }

        if (RegistrationsThisInterval.Get(s, RootNetUid) >= TargetRegistrationsPerInterval.Get(s, RootNetUid) * 3)
        {
            return TooManyRegistrationsThisInterval;
        }

        if (Uids.ContainsKey(s, RootNetUid, hotkey))
        {
            return HotKeyAlreadyRegisteredInSubNet;
        }

        if (SubnetOfAccount(hotkey) is not null)
        {
            return CannotUseSystemAccount;
        }

        CreateAccountIfNonExistent(s, coldkey, hotkey);
        ushort n = SubnetworkN.Get(s, RootNetUid);
        ushort uid;
        if (n < MaxAllowedUids.Get(s, RootNetUid))
        {
            uid = AppendNeuron(s, RootNetUid, hotkey, block);
        }
        else
        {
            ulong lowest = ulong.MaxValue;
            ushort lowestUid = 0;
            foreach (KeyValuePair<ushort, AccountId32> key in Keys.IteratePrefix(s, RootNetUid))
            {
                ulong stake = TotalHotkeyAlpha.Get(s, key.Value, RootNetUid);
                if (stake < lowest)
                {
                    lowest = stake;
                    lowestUid = key.Key;
                }
            }

            if (lowest >= TotalHotkeyAlpha.Get(s, hotkey, RootNetUid))
            {
                return StakeTooLowForRoot;
            }

            uid = ReplaceNeuron(s, RootNetUid, lowestUid, hotkey, block);
        }

        if (!Delegates.ContainsKey(s, hotkey))
        {
            Delegates.Insert(s, hotkey, DefaultDelegateTake);
        }

        RegistrationsThisInterval.Mutate(s, RootNetUid, v => (ushort)(v + 1));
        RegistrationsThisBlock.Mutate(s, RootNetUid, v => (ushort)(v + 1));
        context.DepositEvent(NeuronRegistered.Create(RootNetUid, uid, hotkey));
        return DispatchResult.Ok;
    }
}
