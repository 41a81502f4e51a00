using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Pallets;

/// <summary>The fungible-trait logic of pallet_balances (impl_fungible.rs, lib.rs try_mutate_account) and frame_support's defaults.</summary>
public sealed partial class BalancesPallet
{
    public AccountData GetAccountData(DispatchContext context, in AccountId32 who)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _system.GetAccountData(context.Storage, who);
    }

    public ulong FreeBalance(DispatchContext context, in AccountId32 who) => GetAccountData(context, who).Free.Rao;

    /// <summary>free + reserved (Inspect::total_balance).</summary>
    public ulong TotalBalance(DispatchContext context, in AccountId32 who)
    {
        AccountData data = GetAccountData(context, who);
        return SaturatingAdd(data.Free.Rao, data.Reserved.Rao);
    }

    /// <summary>
    /// <c>reducible_balance</c>: free minus what must stay — frozen beyond reserved when Polite, and the ED when the account must
    /// survive (Preserve; Protect with a single provider; Expendable when our provider cannot be removed).
    /// </summary>
    public ulong ReducibleBalance(DispatchContext context, in AccountId32 who, Preservation preservation, Fortitude force)
    {
        ArgumentNullException.ThrowIfNull(context);
        AccountData a = GetAccountData(context, who);
        ulong untouchable = 0;
        if (force == Fortitude.Polite)
        {
            untouchable = a.Frozen.Rao > a.Reserved.Rao ? a.Frozen.Rao - a.Reserved.Rao : 0;
        }

        bool needsEd = preservation == Preservation.Preserve
            || (preservation == Preservation.Protect && a.Free.Rao != 0 && _system.Providers(context.Storage, who) == 1)
            || (preservation == Preservation.Expendable && a.Free.Rao != 0 && !_system.CanDecProvider(context.Storage, who));
        if (needsEd)
        {
            untouchable = Math.Max(untouchable, ExistentialDeposit);
        }

        return a.Free.Rao > untouchable ? a.Free.Rao - untouchable : 0;
    }

    /// <summary><c>can_deposit</c> (provenance Extant unless <paramref name="minted"/>).</summary>
    public DepositConsequence CanDeposit(DispatchContext context, in AccountId32 who, ulong amount, bool minted)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (amount == 0)
        {
            return DepositConsequence.Success;
        }

        if (minted && TotalIssuance.Get(context.Storage) > ulong.MaxValue - amount)
        {
            return DepositConsequence.Overflow;
        }

        AccountData account = GetAccountData(context, who);
        if (account.Free.Rao > ulong.MaxValue - amount)
        {
            return DepositConsequence.Overflow;
        }

        ulong newFree = account.Free.Rao + amount;
        if (newFree < ExistentialDeposit)
        {
            return DepositConsequence.BelowMinimum;
        }

        return account.Reserved.Rao > ulong.MaxValue - newFree ? DepositConsequence.Overflow : DepositConsequence.Success;
    }

    /// <summary><c>can_withdraw</c>.</summary>
    public WithdrawConsequence CanWithdraw(DispatchContext context, in AccountId32 who, ulong amount)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (amount == 0)
        {
            return WithdrawConsequence.Success;
        }

        if (TotalIssuance.Get(context.Storage) < amount)
        {
            return WithdrawConsequence.Underflow;
        }

        AccountData account = GetAccountData(context, who);
        if (account.Free.Rao < amount)
        {
            return WithdrawConsequence.BalanceLow;
        }

        ulong newFree = account.Free.Rao - amount;
        if (amount > ReducibleBalance(context, who, Preservation.Expendable, Fortitude.Polite))
        {
            return WithdrawConsequence.Frozen;
        }

        WithdrawConsequence success = WithdrawConsequence.Success;
        if (newFree < ExistentialDeposit)
        {
            if (!_system.CanDecProvider(context.Storage, who))
            {
                return WithdrawConsequence.WouldDie;
            }

            success = WithdrawConsequence.ReducedToZero;
        }

        return SaturatingAdd(newFree, account.Reserved.Rao) < account.Frozen.Rao ? WithdrawConsequence.Frozen : success;
    }

    /// <summary>
    /// <c>try_mutate_account</c>: applies <paramref name="mutation"/>, then maintains the provider/consumer references (which can
    /// create the account with NewAccount or reap it with KilledAccount), drops a sub-ED remainder as dust, stores the data
    /// (System's StoredMap) and emits Endowed for a new account and DustLost for dust. The dust is returned, not yet burned.
    /// </summary>
    public DispatchError? TryMutateAccount(DispatchContext context, in AccountId32 who, AccountMutation mutation, out ulong dust)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mutation);
        dust = 0;
        EnsureUpgraded(context, who);
        AccountData stored = _system.GetAccountData(context.Storage, who);
        bool isNew = stored == SystemPallet.DefaultAccountData;
        AccountData account = stored;
        bool didProvide = account.Free.Rao >= ExistentialDeposit;
        bool didConsume = !isNew && (account.Reserved.Rao != 0 || account.Frozen.Rao != 0);

        if (mutation(ref account, isNew) is { } failed)
        {
            return failed;
        }

        bool doesProvide = account.Free.Rao >= ExistentialDeposit;
        bool doesConsume = account.Reserved.Rao != 0 || account.Frozen.Rao != 0;
        if (!didProvide && doesProvide)
        {
            _system.IncProviders(context, who);
        }

        if (didConsume && !doesConsume)
        {
            _system.DecConsumers(context, who);
        }

        if (!didConsume && doesConsume && _system.IncConsumers(context, who) is { } consumerError)
        {
            return consumerError;
        }

        if (doesConsume && _system.Consumers(context.Storage, who) == 0 && _system.IncConsumers(context, who) is { } failsafeError)
        {
            return failsafeError;
        }

        if (didProvide && !doesProvide)
        {
            _system.DecProviders(context, who, out DispatchError? providerError);
            if (providerError is { } e)
            {
                return e;
            }
        }

        ulong? endowed = isNew ? account.Free.Rao : null;
        AccountData? keep = account;
        if (account.Free.Rao < ExistentialDeposit && account.Reserved.Rao == 0)
        {
            dust = account.Free.Rao;
            keep = null;
        }

        _system.StoreAccountData(context, who, keep);
        if (endowed is { } free)
        {
            context.DepositEvent(Endowed.Create(who, free));
        }

        if (dust != 0)
        {
            context.DepositEvent(DustLost.Create(who, dust));
        }

        return null;
    }

    /// <summary><c>mutate_account_handling_dust</c>: as <see cref="TryMutateAccount"/>, burning the dust.</summary>
    public DispatchError? MutateAccountHandlingDust(DispatchContext context, in AccountId32 who, AccountMutation mutation)
    {
        DispatchError? error = TryMutateAccount(context, who, mutation, out ulong dust);
        if (error is null)
        {
            HandleDust(context, dust);
        }

        return error;
    }

    /// <summary>DustRemoval = (): the dust's credit is dropped, which lowers TotalIssuance.</summary>
    public void HandleDust(DispatchContext context, ulong dust)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (dust != 0)
        {
            BurnIssuance(context, dust);
        }
    }

    /// <summary>Drops a credit (fungible::DecreaseIssuance): TotalIssuance −= amount, saturating.</summary>
    public void BurnIssuance(DispatchContext context, ulong amount)
    {
        ArgumentNullException.ThrowIfNull(context);
        ulong issuance = TotalIssuance.Get(context.Storage);
        TotalIssuance.Put(context.Storage, issuance > amount ? issuance - amount : 0);
    }

    /// <summary>Drops a debt (fungible::IncreaseIssuance): TotalIssuance += amount, saturating.</summary>
    public void MintIssuance(DispatchContext context, ulong amount)
    {
        ArgumentNullException.ThrowIfNull(context);
        TotalIssuance.Put(context.Storage, SaturatingAdd(TotalIssuance.Get(context.Storage), amount));
    }

    /// <summary><c>Unbalanced::write_balance</c>: sets free balance, refusing reductions beyond the forced reducible balance.</summary>
    public DispatchError? WriteBalance(DispatchContext context, in AccountId32 who, ulong amount, out ulong dust)
    {
        ulong maxReduction = ReducibleBalance(context, who, Preservation.Expendable, Fortitude.Force);
        DispatchError? inner = null;
        DispatchError? error = TryMutateAccount(context, who, (ref AccountData account, bool _) =>
        {
            ulong reduction = account.Free.Rao > amount ? account.Free.Rao - amount : 0;
            if (reduction > maxReduction)
            {
                inner = InsufficientBalance;
                return null;
            }

            account = account with { Free = new Balance(amount) };
            return null;
        }, out dust);
        return error ?? inner;
    }

    /// <summary><c>Unbalanced::increase_balance</c>: the amount added (0 when the result would stay below ED with BestEffort).</summary>
    public DispatchError? IncreaseBalance(DispatchContext context, in AccountId32 who, ulong amount, Precision precision, out ulong increased)
    {
        increased = 0;
        ulong old = FreeBalance(context, who);
        ulong updated;
        if (precision == Precision.BestEffort)
        {
            updated = SaturatingAdd(old, amount);
        }
        else if (old > ulong.MaxValue - amount)
        {
            return DispatchError.Arithmetic(ArithmeticError.Overflow);
        }
        else
        {
            updated = old + amount;
        }

        if (updated < ExistentialDeposit)
        {
            return precision == Precision.BestEffort ? null : DispatchError.Token(TokenError.BelowMinimum);
        }

        if (updated == old)
        {
            return null;
        }

        DispatchError? error = WriteBalance(context, who, updated, out ulong dust);
        if (error is not null)
        {
            return error;
        }

        HandleDust(context, dust);
        increased = updated - old;
        return null;
    }

    /// <summary><c>Unbalanced::decrease_balance</c>: the amount removed; a sub-ED remainder is dusted (and burned) when allowed.</summary>
    public DispatchError? DecreaseBalance(DispatchContext context, in AccountId32 who, ulong amount, Precision precision, Preservation preservation, Fortitude force, out ulong decreased)
    {
        decreased = 0;
        ulong old = FreeBalance(context, who);
        ulong reducible = ReducibleBalance(context, who, preservation, force);
        if (precision == Precision.BestEffort)
        {
            amount = Math.Min(amount, reducible);
        }
        else if (amount > reducible)
        {
            return DispatchError.Token(TokenError.FundsUnavailable);
        }

        if (old < amount)
        {
            return DispatchError.Token(TokenError.FundsUnavailable);
        }

        ulong updated = old - amount;
        DispatchError? error = WriteBalance(context, who, updated, out ulong dust);
        if (error is not null)
        {
            return error;
        }

        HandleDust(context, dust);
        decreased = amount;
        return null;
    }

    /// <summary>
    /// <c>fungible::Mutate::transfer</c>: checks the withdrawal (keeping the sender alive unless Expendable) and the deposit, then
    /// moves the balance and emits Transfer.
    /// </summary>
    public DispatchError? DoTransfer(DispatchContext context, in AccountId32 source, in AccountId32 dest, ulong amount, Preservation preservation)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (WithdrawError(CanWithdraw(context, source, amount), preservation != Preservation.Expendable) is { } withdrawError)
        {
            return withdrawError;
        }

        if (DepositError(CanDeposit(context, dest, amount, minted: false)) is { } depositError)
        {
            return depositError;
        }

        if (source == dest)
        {
            return null;
        }

        if (DecreaseBalance(context, source, amount, Precision.BestEffort, preservation, Fortitude.Polite, out _) is { } decreaseError)
        {
            return decreaseError;
        }

        IncreaseBalance(context, dest, amount, Precision.BestEffort, out _);
        context.DepositEvent(Transfer.Create(source, dest, amount));
        return null;
    }

    /// <summary><c>Balanced::withdraw</c>: removes <paramref name="amount"/> and emits Withdraw; the caller owns the resulting credit.</summary>
    public DispatchError? WithdrawCredit(DispatchContext context, in AccountId32 who, ulong amount, Precision precision, Preservation preservation, Fortitude force, out ulong credit)
    {
        DispatchError? error = DecreaseBalance(context, who, amount, precision, preservation, force, out credit);
        if (error is null)
        {
            context.DepositEvent(Withdraw.Create(who, credit));
        }

        return error;
    }

    /// <summary><c>Balanced::deposit</c>: adds up to <paramref name="amount"/> and emits Deposit (even for 0, as upstream); returns the debt created.</summary>
    public DispatchError? DepositDebt(DispatchContext context, in AccountId32 who, ulong amount, Precision precision, out ulong debt)
    {
        DispatchError? error = IncreaseBalance(context, who, amount, precision, out debt);
        if (error is null)
        {
            context.DepositEvent(Deposit.Create(who, debt));
        }

        return error;
    }

    /// <summary><c>Balanced::resolve</c>: pays a credit into an account (Exact); false when it cannot be deposited (the credit is then the caller's).</summary>
    public bool ResolveCredit(DispatchContext context, in AccountId32 who, ulong credit) =>
        DepositDebt(context, who, credit, Precision.Exact, out _) is null;

    /// <summary>Credits a genesis account (Balances genesis build: inc_providers, then the data).</summary>
    public void SetGenesisBalance(DispatchContext context, in AccountId32 who, ulong free)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (free < ExistentialDeposit)
        {
            throw new ArgumentException($"genesis balance {free} of {who} is below the existential deposit", nameof(free));
        }

        _system.IncProviders(context, who);
        _system.StoreAccountData(context, who, SystemPallet.DefaultAccountData with { Free = new Balance(free) });
    }

    /// <summary>WithdrawConsequence::into_result.</summary>
    public static DispatchError? WithdrawError(WithdrawConsequence consequence, bool keepNonZero) => consequence switch
    {
        WithdrawConsequence.BalanceLow => DispatchError.Token(TokenError.FundsUnavailable),
        WithdrawConsequence.WouldDie => DispatchError.Token(TokenError.OnlyProvider),
        WithdrawConsequence.UnknownAsset => DispatchError.Token(TokenError.UnknownAsset),
        WithdrawConsequence.Underflow => DispatchError.Arithmetic(ArithmeticError.Underflow),
        WithdrawConsequence.Overflow => DispatchError.Arithmetic(ArithmeticError.Overflow),
        WithdrawConsequence.Frozen => DispatchError.Token(TokenError.Frozen),
        WithdrawConsequence.ReducedToZero when keepNonZero => DispatchError.Token(TokenError.NotExpendable),
        _ => null,
    };

    /// <summary>DepositConsequence::into_result.</summary>
    public static DispatchError? DepositError(DepositConsequence consequence) => consequence switch
    {
        DepositConsequence.BelowMinimum => DispatchError.Token(TokenError.BelowMinimum),
        DepositConsequence.CannotCreate => DispatchError.Token(TokenError.CannotCreate),
        DepositConsequence.UnknownAsset => DispatchError.Token(TokenError.UnknownAsset),
        DepositConsequence.Overflow => DispatchError.Arithmetic(ArithmeticError.Overflow),
        DepositConsequence.Blocked => DispatchError.Token(TokenError.Blocked),
        _ => null,
    };

    /// <summary><c>ensure_upgraded</c>: accounts without the new-logic flag get it (and an Upgraded event).</summary>
    private void EnsureUpgraded(DispatchContext context, in AccountId32 who)
    {
        AccountInfo info = _system.GetAccount(context.Storage, who);
        if (info.Data.IsNewLogic)
        {
            return;
        }

        _system.Account.Insert(context.Storage, who, info with { Data = info.Data with { Flags = info.Data.Flags | AccountData.NewLogicFlag } });
        context.DepositEvent(Upgraded.Create(who));
    }
}
