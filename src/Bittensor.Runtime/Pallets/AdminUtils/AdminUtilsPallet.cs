using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Pallets.Subtensor;

namespace Bittensor.Runtime.Pallets.AdminUtils;

/// <summary>
/// pallet_admin_utils (index 19): the <c>sudo_set_*</c> hyperparameter setters, i.e. Bittensor's governance. Root-only
/// setters are reached through <c>Sudo.sudo</c>; owner-or-root setters are also signed directly by the subnet owner's
/// coldkey, rate-limited per hyperparameter (<c>OwnerHyperparamRateLimit</c> tempos) and blocked inside the admin freeze
/// window before an epoch. Values live in SubtensorModule's storage, whose events most setters deposit.
/// </summary>
/// <remarks>
/// opentensor/subtensor@14bc6f9 <c>pallets/admin-utils/src/lib.rs</c>. Call weights are approximations (a fixed
/// 20 µs plus the reads and writes each call does), not upstream's benchmarked <c>WeightInfo</c>; exact fees are not a
/// parity target. Calls not here: swap_authorities, schedule_grandpa_change, sudo_set_evm_chain_id,
/// sudo_toggle_evm_precompile (no EVM, no GRANDPA), childkey, mechanism, TAO-flow, coldkey-swap and lease setters (no such
/// state in this runtime), sudo_set_nominator_min_required_stake (needs clear_small_nominations).
/// </remarks>
public sealed partial class AdminUtilsPallet : Pallet
{
    public const byte PalletIndex = 19;

    /// <summary><c>MinBurnUpperBound</c>: 1 TAO.</summary>
    public const ulong MinBurnUpperBound = 1_000_000_000;

    /// <summary><c>MaxBurnLowerBound</c>: 0.1 TAO.</summary>
    public const ulong MaxBurnLowerBound = 100_000_000;

    /// <summary><c>MaxBurnHalfLife</c>.</summary>
    public const ushort MaxBurnHalfLife = 36_100;

    private readonly SubtensorModule _subtensor;

    public AdminUtilsPallet(SubtensorModule subtensor)
        : base("AdminUtils", PalletIndex)
    {
        _subtensor = subtensor ?? throw new ArgumentNullException(nameof(subtensor));
        DefineErrors();
        DefineEvents();
        DefineCalls();
    }

    private static Weight SetterWeight(ulong reads, ulong writes) => new Weight(20_000_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(reads, writes));

    private static FieldDef NetUid() => P("netuid", TypeRef.U16, "NetUid");

    private static DispatchError? EnsureRoot(Origin origin) => origin.IsRoot ? null : DispatchError.BadOrigin;

    private static DispatchResult Result(DispatchError? error) => error is { } e ? e : DispatchResult.Ok;

    /// <summary>A root-only setter of a global value: <c>ensure_root</c>, then <paramref name="apply"/>.</summary>
    private CallDescriptor RootGlobal(byte index, string name, FieldDef parameter, Func<DispatchContext, CallArgs, DispatchError?> apply, string doc) =>
        DefineCall(index, name, [parameter], (ctx, origin, args) => Result(EnsureRoot(origin) ?? apply(ctx, args)), SetterWeight(0, 1), docs: doc);

    /// <summary>
    /// A root-only setter of a subnet value: <c>ensure_root</c>, the freeze window when <paramref name="freeze"/>, then
    /// <c>SubnetDoesNotExist</c>, then <paramref name="apply"/>.
    /// </summary>
    private CallDescriptor RootSubnet(byte index, string name, FieldDef parameter, bool freeze, Func<DispatchContext, ushort, CallArgs, DispatchError?> apply, string doc) =>
        DefineCall(index, name, [NetUid(), parameter], (ctx, origin, args) =>
        {
            ushort netuid = args.U16(0);
            DispatchError? error = EnsureRoot(origin)
                ?? (freeze ? _subtensor.EnsureAdminWindowOpen(ctx, netuid) : null)
                ?? (_subtensor.NetworksAdded.Get(ctx.Storage, netuid) ? null : SubnetDoesNotExist.ToDispatchError());
            return Result(error ?? apply(ctx, netuid, args));
        }, SetterWeight(1, 1), docs: doc);

    /// <summary>
    /// An owner-or-root setter: <c>ensure_sn_owner_or_root_with_limits</c> for <paramref name="parameter"/>, the freeze
    /// window, <c>SubnetDoesNotExist</c> when <paramref name="checkExists"/>, then <paramref name="apply"/> (which sees the
    /// owner, null for root), then <c>record_owner_rl</c>.
    /// </summary>
    private CallDescriptor OwnerOrRoot(byte index, string name, FieldDef[] parameters, Hyperparameter parameter, bool checkExists, Func<DispatchContext, ushort, AccountId32?, CallArgs, DispatchError?> apply, string doc) =>
        DefineCall(index, name, [NetUid(), .. parameters], (ctx, origin, args) =>
        {
            ushort netuid = args.U16(0);
            if (_subtensor.EnsureOwnerOrRootWithLimits(ctx, origin, netuid, TransactionType.OwnerHyperparamUpdate, parameter, out AccountId32? owner) is { } originError)
            {
                return originError;
            }

            DispatchError? error = _subtensor.EnsureAdminWindowOpen(ctx, netuid)
                ?? (!checkExists || _subtensor.NetworksAdded.Get(ctx.Storage, netuid) ? (DispatchError?)null : SubnetDoesNotExist.ToDispatchError())
                ?? apply(ctx, netuid, owner, args);
            if (error is { } e)
            {
                return e;
            }

            _subtensor.RecordOwnerRateLimit(ctx, owner, netuid, TransactionType.OwnerHyperparamUpdate, parameter);
            return DispatchResult.Ok;
        }, SetterWeight(3, 2), docs: doc);
}
