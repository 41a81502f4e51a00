using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Storage;

namespace Bittensor.Runtime.Pallets;

/// <summary>Account reference counting (frame_system lib.rs inc_providers, dec_providers, inc_consumers, … and the StoredMap impl).</summary>
public sealed partial class SystemPallet
{
    public AccountInfo GetAccount(IStorage storage, in AccountId32 who) => Account.Get(storage, who);

    public uint Providers(IStorage storage, in AccountId32 who) => Account.Get(storage, who).Providers;

    public uint Consumers(IStorage storage, in AccountId32 who) => Account.Get(storage, who).Consumers;

    public uint Sufficients(IStorage storage, in AccountId32 who) => Account.Get(storage, who).Sufficients;

    /// <summary>True when an account exists (has any provider or sufficient reference).</summary>
    public bool AccountExists(IStorage storage, in AccountId32 who) => Account.ContainsKey(storage, who);

    /// <summary><c>can_dec_provider</c>: a provider may go when there are no consumers or another provider remains.</summary>
    public bool CanDecProvider(IStorage storage, in AccountId32 who)
    {
        AccountInfo info = Account.Get(storage, who);
        return info.Consumers == 0 || info.Providers > 1;
    }

    /// <summary><c>inc_providers</c>: the first provider (with no sufficients) creates the account and emits NewAccount.</summary>
    public IncRefStatus IncProviders(DispatchContext context, in AccountId32 who)
    {
        ArgumentNullException.ThrowIfNull(context);
        AccountInfo info = Account.Get(context.Storage, who);
        if (info.Providers == 0 && info.Sufficients == 0)
        {
            Account.Insert(context.Storage, who, info with { Providers = 1 });
            context.DepositEvent(NewAccount.Create(who));
            return IncRefStatus.Created;
        }

        Account.Insert(context.Storage, who, info with { Providers = info.Providers == uint.MaxValue ? uint.MaxValue : info.Providers + 1 });
        return IncRefStatus.Existed;
    }

    /// <summary>
    /// <c>dec_providers</c>: removing the last provider of an account with no consumers or sufficients reaps it (KilledAccount);
    /// with consumers left it fails with ConsumerRemaining and changes nothing.
    /// </summary>
    public DecRefStatus DecProviders(DispatchContext context, in AccountId32 who, out DispatchError? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        error = null;
        if (!Account.TryGet(context.Storage, who, out AccountInfo info))
        {
            // Logic error upstream ("Logic error: Account already dead when reducing provider"): treated as reaped.
            return DecRefStatus.Reaped;
        }

        uint providers = info.Providers == 0 ? 1 : info.Providers;
        if (providers == 1 && info.Consumers == 0 && info.Sufficients == 0)
        {
            Account.Remove(context.Storage, who);
            context.DepositEvent(KilledAccount.Create(who));
            return DecRefStatus.Reaped;
        }

        if (providers == 1 && info.Consumers > 0)
        {
            error = DispatchError.ConsumerRemaining;
            return DecRefStatus.Exists;
        }

        Account.Insert(context.Storage, who, info with { Providers = providers - 1 });
        return DecRefStatus.Exists;
    }

    /// <summary><c>inc_consumers</c>: needs a provider (NoProviders) and fewer than MaxConsumers consumers (TooManyConsumers).</summary>
    public DispatchError? IncConsumers(DispatchContext context, in AccountId32 who)
    {
        ArgumentNullException.ThrowIfNull(context);
        AccountInfo info = Account.Get(context.Storage, who);
        if (info.Providers == 0)
        {
            return DispatchError.NoProviders;
        }

        if (info.Consumers >= MaxConsumers)
        {
            return DispatchError.TooManyConsumers;
        }

        Account.Insert(context.Storage, who, info with { Consumers = info.Consumers + 1 });
        return null;
    }

    /// <summary><c>dec_consumers</c>: saturating.</summary>
    public void DecConsumers(DispatchContext context, in AccountId32 who)
    {
        ArgumentNullException.ThrowIfNull(context);
        AccountInfo info = Account.Get(context.Storage, who);
        Account.Insert(context.Storage, who, info with { Consumers = info.Consumers == 0 ? 0 : info.Consumers - 1 });
    }

    /// <summary><c>inc_account_nonce</c>.</summary>
    public void IncAccountNonce(DispatchContext context, in AccountId32 who)
    {
        ArgumentNullException.ThrowIfNull(context);
        AccountInfo info = Account.Get(context.Storage, who);
        Account.Insert(context.Storage, who, info with { Nonce = unchecked(info.Nonce + 1) });
    }

    /// <summary>The balance data of an account (the default data when it has none).</summary>
    public AccountData GetAccountData(IStorage storage, in AccountId32 who) => Account.Get(storage, who).Data;

    /// <summary>
    /// The StoredMap write-back of <c>try_mutate_exists</c>: after the caller's mutation, the data is stored if the account still
    /// has providers or sufficients (absent data stores the default), otherwise the whole account is removed.
    /// </summary>
    public void StoreAccountData(DispatchContext context, in AccountId32 who, AccountData? data)
    {
        ArgumentNullException.ThrowIfNull(context);
        AccountInfo info = Account.Get(context.Storage, who);
        if (info.Providers > 0 || info.Sufficients > 0)
        {
            Account.Insert(context.Storage, who, info with { Data = data ?? DefaultAccountData });
        }
        else
        {
            Account.Remove(context.Storage, who);
        }
    }
}
