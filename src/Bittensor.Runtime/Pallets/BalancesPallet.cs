using Bittensor.Core.Chain;
using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Hashing;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets;

/// <summary>
/// pallet_balances (index 5) with subtensor's configuration: u64 balances, ExistentialDeposit 500 rao, accounts stored in
/// System.Account (AccountStore = System), DustRemoval = () (dust is burned). Transfers follow the fungible traits
/// (frame_support tokens/fungible/regular.rs Mutate::transfer, Unbalanced::increase/decrease_balance and
/// pallet_balances lib.rs try_mutate_account), so provider references, reaping, Endowed/DustLost and the TokenError
/// results are upstream's.
/// </summary>
public sealed partial class BalancesPallet : Pallet
{
    public const byte PalletIndex = 5;

    /// <summary>ExistentialDeposit (subtensor runtime/src/lib.rs EXISTENTIAL_DEPOSIT = 500).</summary>
    public const ulong ExistentialDeposit = 500;

    private readonly SystemPallet _system;

    public BalancesPallet(SystemPallet system)
        : base("Balances", PalletIndex)
    {
        _system = system ?? throw new ArgumentNullException(nameof(system));
        TotalIssuance = DefineValue("TotalIssuance", Codecs.U64, StorageModifier.Default, 0UL, " The total units issued in the system.");
        InactiveIssuance = DefineValue("InactiveIssuance", Codecs.U64, StorageModifier.Default, 0UL, " The total units of outstanding deactivated balance in the system.");
        DefineMap("Account", StorageHasher.Blake2_128Concat, Codecs.AccountId32, ValueCodec<AccountData>.Of<AccountData>(KnownTypes.AccountData), StorageModifier.Default, SystemPallet.DefaultAccountData, " The Balances pallet example of storing the balance of an account (unused: subtensor stores balances in System.Account).");
        TypeRef lockId = TypeRef.Array(8, TypeRef.U8);
        TypeRef reasons = TypeRef.Variant(["pallet_balances", "types", "Reasons"], [new VariantDef("Fee", 0, []), new VariantDef("Misc", 1, []), new VariantDef("All", 2, [])]);
        TypeRef balanceLock = TypeRef.Composite(["pallet_balances", "types", "BalanceLock"], [P("id", lockId, "LockIdentifier"), P("amount", TypeRef.U64, "Balance"), P("reasons", reasons, "Reasons")]);
        TypeRef reserveData = TypeRef.Composite(["pallet_balances", "types", "ReserveData"], [P("id", lockId, "ReserveIdentifier"), P("amount", TypeRef.U64, "Balance")]);
        TypeRef holdReason = TypeRef.Variant(["node_subtensor_runtime", "RuntimeHoldReason"], []);
        TypeRef freezeReason = TypeRef.Variant(["node_subtensor_runtime", "RuntimeFreezeReason"], []);
        TypeRef IdAmount(TypeRef id) => TypeRef.Composite(["frame_support", "traits", "tokens", "misc", "IdAmount"], [P("id", id, "Id"), P("amount", TypeRef.U64, "Balance")]);
        DefineMap("Locks", StorageHasher.Blake2_128Concat, Codecs.AccountId32, RawValueCodec.For(TypeRef.Vec(balanceLock)), StorageModifier.Default, [0], " Any liquidity locks on some account balances.");
        DefineMap("Reserves", StorageHasher.Blake2_128Concat, Codecs.AccountId32, RawValueCodec.For(TypeRef.Vec(reserveData)), StorageModifier.Default, [0], " Named reserves on some account balances.");
        DefineMap("Holds", StorageHasher.Blake2_128Concat, Codecs.AccountId32, RawValueCodec.For(TypeRef.Vec(IdAmount(holdReason))), StorageModifier.Default, [0], " Holds on account balances.");
        DefineMap("Freezes", StorageHasher.Blake2_128Concat, Codecs.AccountId32, RawValueCodec.For(TypeRef.Vec(IdAmount(freezeReason))), StorageModifier.Default, [0], " Freeze locks on account balances.");

        TypeRef compactBalance = TypeRef.Compact(TypeRef.U64);
        TransferAllowDeath = DefineCall(0, "transfer_allow_death", [P("dest", KnownTypes.MultiAddress, "AccountIdLookupOf<T>"), P("value", compactBalance, "T::Balance")], DoTransferAllowDeath, new Weight(48_363_000, 3_593).SaturatingAdd(BlockLimits.ReadsWrites(1, 1)), docs: [" Transfer some liquid free balance to another account.", "", " If the sender's account is below the existential deposit as a result", " of the transfer, the account will be reaped."]);
        ForceTransfer = DefineCall(2, "force_transfer", [P("source", KnownTypes.MultiAddress, "AccountIdLookupOf<T>"), P("dest", KnownTypes.MultiAddress, "AccountIdLookupOf<T>"), P("value", compactBalance, "T::Balance")], DoForceTransfer, new Weight(49_944_000, 6_196).SaturatingAdd(BlockLimits.ReadsWrites(2, 2)), docs: [" Exactly as `transfer_allow_death`, except the origin must be root and the source account", " may be specified."]);
        TransferKeepAlive = DefineCall(3, "transfer_keep_alive", [P("dest", KnownTypes.MultiAddress, "AccountIdLookupOf<T>"), P("value", compactBalance, "T::Balance")], DoTransferKeepAlive, new Weight(38_159_000, 3_593).SaturatingAdd(BlockLimits.ReadsWrites(1, 1)), docs: [" Same as the [`transfer_allow_death`] call, but with a check that the transfer will not", " kill the origin account."]);
        TransferAll = DefineCall(4, "transfer_all", [P("dest", KnownTypes.MultiAddress, "AccountIdLookupOf<T>"), P("keep_alive", TypeRef.Bool, "bool")], DoTransferAll, new Weight(47_385_000, 3_593).SaturatingAdd(BlockLimits.ReadsWrites(1, 1)), docs: [" Transfer the entire transferable balance from the caller account."]);
        ForceSetBalance = DefineCall(8, "force_set_balance", [P("who", KnownTypes.MultiAddress, "AccountIdLookupOf<T>"), P("new_free", compactBalance, "T::Balance")], DoForceSetBalance, new Weight(19_929_000, 3_593).SaturatingAdd(BlockLimits.ReadsWrites(1, 1)), docs: [" Set the regular balance of a given account.", "", " The dispatch origin for this call is `root`."]);
        Burn = DefineCall(10, "burn", [P("value", compactBalance, "T::Balance"), P("keep_alive", TypeRef.Bool, "bool")], DoBurn, args => new DispatchInfo(new Weight(args.Bool(1) ? 30_968_000UL : 20_711_000UL, 0), Weight.Zero, DispatchClass.Normal, Pays.Yes), " Burn the specified liquid free balance from the origin account.");

        TypeRef account = KnownTypes.AccountId32;
        TypeRef balance = TypeRef.U64;
        Endowed = DefineEvent(0, "Endowed", [P("account", account, "T::AccountId"), P("free_balance", balance, "T::Balance")], " An account was created with some free balance.");
        DustLost = DefineEvent(1, "DustLost", [P("account", account, "T::AccountId"), P("amount", balance, "T::Balance")], " An account was removed whose balance was non-zero but below ExistentialDeposit,", " resulting in an outright loss.");
        Transfer = DefineEvent(2, "Transfer", [P("from", account, "T::AccountId"), P("to", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Transfer succeeded.");
        BalanceSet = DefineEvent(3, "BalanceSet", [P("who", account, "T::AccountId"), P("free", balance, "T::Balance")], " A balance was set by root.");
        DefineEvent(4, "Reserved", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some balance was reserved (moved from free to reserved).");
        DefineEvent(5, "Unreserved", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some balance was unreserved (moved from reserved to free).");
        DefineEvent(6, "ReserveRepatriated", [P("from", account, "T::AccountId"), P("to", account, "T::AccountId"), P("amount", balance, "T::Balance"), P("destination_status", TypeRef.Variant(["frame_support", "traits", "tokens", "misc", "BalanceStatus"], [new VariantDef("Free", 0, []), new VariantDef("Reserved", 1, [])]), "Status")], " Some balance was moved from the reserve of the first account to the second account.");
        Deposit = DefineEvent(7, "Deposit", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some amount was deposited (e.g. for transaction fees).");
        Withdraw = DefineEvent(8, "Withdraw", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some amount was withdrawn from the account (e.g. for transaction fees).");
        DefineEvent(9, "Slashed", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some amount was removed from the account (e.g. for misbehavior).");
        DefineEvent(10, "Minted", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some amount was minted into an account.");
        Burned = DefineEvent(11, "Burned", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some amount was burned from an account.");
        DefineEvent(12, "Suspended", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some amount was suspended from an account (it can be restored later).");
        DefineEvent(13, "Restored", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some amount was restored into an account.");
        Upgraded = DefineEvent(14, "Upgraded", [P("who", account, "T::AccountId")], " An account was upgraded.");
        DefineEvent(15, "Issued", [P("amount", balance, "T::Balance")], " Total issuance was increased by `amount`, creating a credit to be balanced.");
        DefineEvent(16, "Rescinded", [P("amount", balance, "T::Balance")], " Total issuance was decreased by `amount`, creating a debt to be balanced.");
        DefineEvent(17, "Locked", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some balance was locked.");
        DefineEvent(18, "Unlocked", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some balance was unlocked.");
        DefineEvent(19, "Frozen", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some balance was frozen.");
        DefineEvent(20, "Thawed", [P("who", account, "T::AccountId"), P("amount", balance, "T::Balance")], " Some balance was thawed.");
        DefineEvent(21, "TotalIssuanceForced", [P("old", balance, "T::Balance"), P("new", balance, "T::Balance")], " The `TotalIssuance` was forcefully changed.");

        DefineError(0, "VestingBalance", " Vesting balance too high to send value.");
        DefineError(1, "LiquidityRestrictions", " Account liquidity restrictions prevent withdrawal.");
        InsufficientBalance = DefineError(2, "InsufficientBalance", " Balance too low to send value.");
        DefineError(3, "ExistentialDeposit", " Value too low to create account due to existential deposit.");
        DefineError(4, "Expendability", " Transfer/payment would kill account.");
        DefineError(5, "ExistingVestingSchedule", " A vesting schedule already exists for this account.");
        DeadAccount = DefineError(6, "DeadAccount", " Beneficiary account must pre-exist.");
        DefineError(7, "TooManyReserves", " Number of named reserves exceed `MaxReserves`.");
        DefineError(8, "TooManyHolds", " Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.");
        DefineError(9, "TooManyFreezes", " Number of freezes exceed `MaxFreezes`.");
        DefineError(10, "IssuanceDeactivated", " The issuance cannot be modified since it is already deactivated.");
        DefineError(11, "DeltaZero", " The delta cannot be zero.");

        DefineConstant("ExistentialDeposit", Codecs.U64, ExistentialDeposit, " The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!");
        DefineConstant("MaxLocks", Codecs.U32, 50u, " The maximum number of locks that should exist on an account.", " Not strictly enforced, but used for weight estimation.");
        DefineConstant("MaxReserves", Codecs.U32, 50u, " The maximum number of named reserves that can exist on an account.");
        DefineConstant("MaxFreezes", Codecs.U32, 50u, " The maximum number of individual freeze locks that can exist on an account at any time.");
    }

    public StorageValue<ulong> TotalIssuance { get; }

    public StorageValue<ulong> InactiveIssuance { get; }

    public CallDescriptor TransferAllowDeath { get; }

    public CallDescriptor ForceTransfer { get; }

    public CallDescriptor TransferKeepAlive { get; }

    public CallDescriptor TransferAll { get; }

    public CallDescriptor ForceSetBalance { get; }

    public CallDescriptor Burn { get; }

    public EventDescriptor Endowed { get; }

    public EventDescriptor DustLost { get; }

    public EventDescriptor Transfer { get; }

    public EventDescriptor BalanceSet { get; }

    public EventDescriptor Deposit { get; }

    public EventDescriptor Withdraw { get; }

    public EventDescriptor Burned { get; }

    public EventDescriptor Upgraded { get; }

    public ErrorDescriptor InsufficientBalance { get; }

    public ErrorDescriptor DeadAccount { get; }

    /// <summary><c>AccountIdLookup</c>: only <c>MultiAddress::Id</c> resolves; anything else is CannotLookup.</summary>
    public static bool TryLookup(MultiAddress address, out AccountId32 account) => address.TryGetAccountId(out account);

    private DispatchResult DoTransferAllowDeath(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 source))
        {
            return DispatchError.BadOrigin;
        }

        if (!TryLookup(args.Address(0), out AccountId32 dest))
        {
            return DispatchError.CannotLookup;
        }

        return Result(DoTransfer(context, source, dest, args.U64(1), Preservation.Expendable));
    }

    private DispatchResult DoForceTransfer(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.IsRoot)
        {
            return DispatchError.BadOrigin;
        }

        if (!TryLookup(args.Address(0), out AccountId32 source) || !TryLookup(args.Address(1), out AccountId32 dest))
        {
            return DispatchError.CannotLookup;
        }

        return Result(DoTransfer(context, source, dest, args.U64(2), Preservation.Expendable));
    }

    private DispatchResult DoTransferKeepAlive(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 source))
        {
            return DispatchError.BadOrigin;
        }

        if (!TryLookup(args.Address(0), out AccountId32 dest))
        {
            return DispatchError.CannotLookup;
        }

        return Result(DoTransfer(context, source, dest, args.U64(1), Preservation.Preserve));
    }

    private DispatchResult DoTransferAll(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 source))
        {
            return DispatchError.BadOrigin;
        }

        Preservation keepAlive = args.Bool(1) ? Preservation.Preserve : Preservation.Expendable;
        ulong reducible = ReducibleBalance(context, source, keepAlive, Fortitude.Polite);
        if (!TryLookup(args.Address(0), out AccountId32 dest))
        {
            return DispatchError.CannotLookup;
        }

        return Result(DoTransfer(context, source, dest, reducible, keepAlive));
    }

    /// <summary><c>force_set_balance</c>: root sets free balance (below ED wipes it); TotalIssuance follows the difference.</summary>
    private DispatchResult DoForceSetBalance(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.IsRoot)
        {
            return DispatchError.BadOrigin;
        }

        if (!TryLookup(args.Address(0), out AccountId32 who))
        {
            return DispatchError.CannotLookup;
        }

        ulong newFree = args.U64(1);
        if (newFree < ExistentialDeposit)
        {
            newFree = 0;
        }

        ulong oldFree = 0;
        DispatchError? error = MutateAccountHandlingDust(context, who, (ref AccountData account, bool _) =>
        {
            oldFree = account.Free.Rao;
            account = account with { Free = new Balance(newFree) };
            return null;
        });
        if (error is { } e)
        {
            return e;
        }

        ulong issuance = TotalIssuance.Get(context.Storage);
        TotalIssuance.Put(context.Storage, newFree > oldFree ? SaturatingAdd(issuance, newFree - oldFree) : issuance - Math.Min(issuance, oldFree - newFree));
        context.DepositEvent(BalanceSet.Create(who, newFree));
        return DispatchResult.Ok;
    }

    /// <summary><c>burn</c>: Mutate::burn_from with Exact precision; reduces TotalIssuance and emits Burned.</summary>
    private DispatchResult DoBurn(DispatchContext context, Origin origin, CallArgs args)
    {
        if (!origin.TryGetSigner(out AccountId32 source))
        {
            return DispatchError.BadOrigin;
        }

        Preservation preservation = args.Bool(1) ? Preservation.Preserve : Preservation.Expendable;
        ulong amount = args.U64(0);
        ulong actual = Math.Min(ReducibleBalance(context, source, preservation, Fortitude.Polite), amount);
        if (actual != amount)
        {
            return DispatchError.Token(TokenError.FundsUnavailable);
        }

        ulong issuance = TotalIssuance.Get(context.Storage);
        if (issuance < actual)
        {
            return DispatchError.Arithmetic(ArithmeticError.Overflow);
        }

        DispatchError? error = DecreaseBalance(context, source, actual, Precision.BestEffort, preservation, Fortitude.Polite, out ulong decreased);
        if (error is { } e)
        {
            return e;
        }

        TotalIssuance.Put(context.Storage, TotalIssuance.Get(context.Storage) - Math.Min(TotalIssuance.Get(context.Storage), decreased));
        context.DepositEvent(Burned.Create(source, decreased));
        return DispatchResult.Ok;
    }

    private static DispatchResult Result(DispatchError? error) => error is { } e ? DispatchResult.Failure(e) : DispatchResult.Ok;

    private static ulong SaturatingAdd(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;
}
