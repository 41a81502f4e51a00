using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets;

/// <summary>
/// pallet_sudo (index 12): a single key that may dispatch any call as Root (<c>sudo</c>, <c>sudo_unchecked_weight</c>) or as
/// another signed account (<c>sudo_as</c>), change itself (<c>set_key</c>) or be removed (<c>remove_key</c>). Successful sudo
/// calls do not pay fees (Pays::No). Subtensor also rejects sudo calls from other signers before dispatch
/// (SudoTransactionExtension, InvalidTransaction::BadSigner); RequireSudo is what the pallet itself returns.
/// </summary>
public sealed class SudoPallet : Pallet
{
    public const byte PalletIndex = 12;

    public SudoPallet()
        : base("Sudo", PalletIndex)
    {
        Key = DefineValue("Key", Codecs.AccountId32, StorageModifier.Optional, default(AccountId32), " The `AccountId` of the sudo key.");
        Weight sudoWeight = new Weight(10_400_000, 1_517).SaturatingAdd(BlockLimits.ReadsWrites(1, 0));
        Sudo = DefineCall(0, "sudo", [P("call", TypeRef.RuntimeCall, "Box<<T as Config>::RuntimeCall>")], DoSudo, args => Nested(sudoWeight, args.NestedCall(0)), " Authenticates the sudo key and dispatches a function call with `Root` origin.");
        SudoUncheckedWeight = DefineCall(1, "sudo_unchecked_weight", [P("call", TypeRef.RuntimeCall, "Box<<T as Config>::RuntimeCall>"), P("weight", KnownTypes.Weight, "Weight")], DoSudoUncheckedWeight, args => new DispatchInfo(args.Get<Weight>(1), Weight.Zero, args.NestedCall(0).GetDispatchInfo().Class, Pays.Yes), " Authenticates the sudo key and dispatches a function call with `Root` origin.", " This function does not check the weight of the call, and instead allows the", " Sudo user to specify the weight of the call.");
        SetKey = DefineCall(2, "set_key", [P("new", KnownTypes.MultiAddress, "AccountIdLookupOf<T>")], DoSetKey, new Weight(9_800_000, 1_517).SaturatingAdd(BlockLimits.ReadsWrites(1, 1)), docs: [" Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo", " key."]);
        SudoAs = DefineCall(3, "sudo_as", [P("who", KnownTypes.MultiAddress, "AccountIdLookupOf<T>"), P("call", TypeRef.RuntimeCall, "Box<<T as Config>::RuntimeCall>")], DoSudoAs, args => Nested(sudoWeight, args.NestedCall(1)), " Authenticates the sudo key and dispatches a function call with `Signed` origin from", " a given account.");
        RemoveKey = DefineCall(4, "remove_key", [], DoRemoveKey, new Weight(8_700_000, 1_517).SaturatingAdd(BlockLimits.ReadsWrites(1, 1)), docs: [" Permanently removes the sudo key.", "", " **This cannot be un-done.**"]);

        Sudid = DefineEvent(0, "Sudid", [P("sudo_result", KnownTypes.DispatchResult, "DispatchResult")], " A sudo call just took place.");
        KeyChanged = DefineEvent(1, "KeyChanged", [P("old", TypeRef.Option(KnownTypes.AccountId32), "Option<T::AccountId>"), P("new", KnownTypes.AccountId32, "T::AccountId")], " The sudo key has been updated.");
        KeyRemoved = DefineEvent(2, "KeyRemoved", [], " The key was permanently removed.");
        SudoAsDone = DefineEvent(3, "SudoAsDone", [P("sudo_result", KnownTypes.DispatchResult, "DispatchResult")], " A [sudo_as](Pallet::sudo_as) call just took place.");

        RequireSudo = DefineError(0, "RequireSudo", " Sender must be the Sudo account.");
    }

    public StorageValue<AccountId32> Key { get; }

    public CallDescriptor Sudo { get; }

    public CallDescriptor SudoUncheckedWeight { get; }

    public CallDescriptor SetKey { get; }

    public CallDescriptor SudoAs { get; }

    public CallDescriptor RemoveKey { get; }

    public EventDescriptor Sudid { get; }

    public EventDescriptor KeyChanged { get; }

    public EventDescriptor KeyRemoved { get; }

    public EventDescriptor SudoAsDone { get; }

    public ErrorDescriptor RequireSudo { get; }

    /// <summary><c>ensure_sudo</c>: Root passes; a signed origin must be the key (RequireSudo); None is BadOrigin.</summary>
    public DispatchError? EnsureSudo(DispatchContext context, Origin origin)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (origin.IsRoot)
        {
            return null;
        }

        if (!origin.TryGetSigner(out AccountId32 sender))
        {
            return DispatchError.BadOrigin;
        }

        return Key.TryGet(context.Storage, out AccountId32 key) && key == sender ? null : RequireSudo.ToDispatchError();
    }

    private static DispatchInfo Nested(Weight own, RuntimeCall inner)
    {
        DispatchInfo info = inner.GetDispatchInfo();
        return new DispatchInfo(own.SaturatingAdd(info.CallWeight), Weight.Zero, info.Class, Pays.Yes);
    }

    private DispatchResult DoSudo(DispatchContext context, Origin origin, CallArgs args)
    {
        if (EnsureSudo(context, origin) is { } error)
        {
            return error;
        }

        DispatchResult inner = context.Dispatch(args.NestedCall(0), Origin.Root);
        context.DepositEvent(Sudid.Create(inner.Error));
        return DispatchResult.Success(Pays.No);
    }

    private DispatchResult DoSudoUncheckedWeight(DispatchContext context, Origin origin, CallArgs args)
    {
        if (EnsureSudo(context, origin) is { } error)
        {
            return error;
        }

        DispatchResult inner = context.Dispatch(args.NestedCall(0), Origin.Root);
        context.DepositEvent(Sudid.Create(inner.Error));
        return DispatchResult.Success(Pays.No);
    }

    private DispatchResult DoSetKey(DispatchContext context, Origin origin, CallArgs args)
    {
        if (EnsureSudo(context, origin) is { } error)
        {
            return error;
        }

        if (!args.Address(0).TryGetAccountId(out AccountId32 newKey))
        {
            return DispatchError.CannotLookup;
        }

        object? old = Key.TryGet(context.Storage, out AccountId32 current) ? current : null;
        context.DepositEvent(KeyChanged.Create(old, newKey));
        Key.Put(context.Storage, newKey);
        return DispatchResult.Success(Pays.No);
    }

    private DispatchResult DoSudoAs(DispatchContext context, Origin origin, CallArgs args)
    {
        if (EnsureSudo(context, origin) is { } error)
        {
            return error;
        }

        if (!args.Address(0).TryGetAccountId(out AccountId32 who))
        {
            return DispatchError.CannotLookup;
        }

        DispatchResult inner = context.Dispatch(args.NestedCall(1), Origin.Signed(who));
        context.DepositEvent(SudoAsDone.Create(inner.Error));
        return DispatchResult.Success(Pays.No);
    }

    private DispatchResult DoRemoveKey(DispatchContext context, Origin origin, CallArgs args)
    {
        if (EnsureSudo(context, origin) is { } error)
        {
            return error;
        }

        context.DepositEvent(KeyRemoved.Create());
        Key.Kill(context.Storage);
        return DispatchResult.Success(Pays.No);
    }
}
