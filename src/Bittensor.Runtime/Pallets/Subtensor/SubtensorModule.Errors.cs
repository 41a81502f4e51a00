using Bittensor.Runtime.Framework;

namespace Bittensor.Runtime.Pallets.Subtensor;

/// <summary>
/// Errors this slice returns, with upstream names and indices (declaration order of <c>Error&lt;T&gt;</c>; commented-out
/// variants take no index).
/// </summary>
/// <remarks>opentensor/subtensor <c>pallets/subtensor/src/macros/errors.rs</c>.</remarks>
public sealed partial class SubtensorModule
{
    public ErrorDescriptor RootNetworkDoesNotExist { get; private set; } = null!;

    public ErrorDescriptor InvalidIpType { get; private set; } = null!;

    public ErrorDescriptor InvalidIpAddress { get; private set; } = null!;

    public ErrorDescriptor InvalidPort { get; private set; } = null!;

    public ErrorDescriptor HotKeyNotRegisteredInSubNet { get; private set; } = null!;

    public ErrorDescriptor HotKeyAccountNotExists { get; private set; } = null!;

    public ErrorDescriptor HotKeyNotRegisteredInNetwork { get; private set; } = null!;

    public ErrorDescriptor NonAssociatedColdKey { get; private set; } = null!;

    public ErrorDescriptor NotEnoughStake { get; private set; } = null!;

    public ErrorDescriptor NotEnoughStakeToWithdraw { get; private set; } = null!;

    public ErrorDescriptor NotEnoughStakeToSetWeights { get; private set; } = null!;

    public ErrorDescriptor NotEnoughBalanceToStake { get; private set; } = null!;

    public ErrorDescriptor BalanceWithdrawalError { get; private set; } = null!;

    public ErrorDescriptor ZeroBalanceAfterWithdrawn { get; private set; } = null!;

    public ErrorDescriptor NeuronNoValidatorPermit { get; private set; } = null!;

    public ErrorDescriptor WeightVecNotEqualSize { get; private set; } = null!;

    public ErrorDescriptor DuplicateUids { get; private set; } = null!;

    public ErrorDescriptor UidVecContainInvalidOne { get; private set; } = null!;

    public ErrorDescriptor WeightVecLengthIsLow { get; private set; } = null!;

    public ErrorDescriptor TooManyRegistrationsThisBlock { get; private set; } = null!;

    public ErrorDescriptor HotKeyAlreadyRegisteredInSubNet { get; private set; } = null!;

    public ErrorDescriptor NewHotKeyIsSameWithOld { get; private set; } = null!;

    public ErrorDescriptor NewHotKeyNotCleanForRootSwap { get; private set; } = null!;

    public ErrorDescriptor MaxWeightExceeded { get; private set; } = null!;

    public ErrorDescriptor HotKeyAlreadyDelegate { get; private set; } = null!;

    public ErrorDescriptor SettingWeightsTooFast { get; private set; } = null!;

    public ErrorDescriptor IncorrectWeightVersionKey { get; private set; } = null!;

    public ErrorDescriptor ServingRateLimitExceeded { get; private set; } = null!;

    public ErrorDescriptor UidsLengthExceedUidsInSubNet { get; private set; } = null!;

    public ErrorDescriptor NetworkTxRateLimitExceeded { get; private set; } = null!;

    public ErrorDescriptor DelegateTxRateLimitExceeded { get; private set; } = null!;

    public ErrorDescriptor HotKeySetTxRateLimitExceeded { get; private set; } = null!;

    public ErrorDescriptor StakingRateLimitExceeded { get; private set; } = null!;

    public ErrorDescriptor SubNetRegistrationDisabled { get; private set; } = null!;

    public ErrorDescriptor TooManyRegistrationsThisInterval { get; private set; } = null!;

    public ErrorDescriptor NotSubnetOwner { get; private set; } = null!;

    public ErrorDescriptor RegistrationNotPermittedOnRootSubnet { get; private set; } = null!;

    public ErrorDescriptor StakeTooLowForRoot { get; private set; } = null!;

    public ErrorDescriptor AllNetworksInImmunity { get; private set; } = null!;

    public ErrorDescriptor NotEnoughBalanceToPaySwapHotKey { get; private set; } = null!;

    public ErrorDescriptor NotRootSubnet { get; private set; } = null!;

    public ErrorDescriptor CanNotSetRootNetworkWeights { get; private set; } = null!;

    public ErrorDescriptor NoNeuronIdAvailable { get; private set; } = null!;

    public ErrorDescriptor DelegateTakeTooLow { get; private set; } = null!;

    public ErrorDescriptor DelegateTakeTooHigh { get; private set; } = null!;

    public ErrorDescriptor NoWeightsCommitFound { get; private set; } = null!;

    public ErrorDescriptor InvalidRevealCommitHashNotMatch { get; private set; } = null!;

    public ErrorDescriptor CommitRevealEnabled { get; private set; } = null!;

    public ErrorDescriptor CommitRevealDisabled { get; private set; } = null!;

    public ErrorDescriptor LiquidAlphaDisabled { get; private set; } = null!;

    public ErrorDescriptor AlphaHighTooLow { get; private set; } = null!;

    public ErrorDescriptor AlphaLowOutOfRange { get; private set; } = null!;

    public ErrorDescriptor TxRateLimitExceeded { get; private set; } = null!;

    public ErrorDescriptor InvalidIdentity { get; private set; } = null!;

    public ErrorDescriptor MechanismDoesNotExist { get; private set; } = null!;

    public ErrorDescriptor StakeUnavailable { get; private set; } = null!;

    public ErrorDescriptor SubnetNotExists { get; private set; } = null!;

    public ErrorDescriptor TooManyUnrevealedCommits { get; private set; } = null!;

    public ErrorDescriptor ExpiredWeightCommit { get; private set; } = null!;

    public ErrorDescriptor RevealTooEarly { get; private set; } = null!;

    public ErrorDescriptor InputLengthsUnequal { get; private set; } = null!;

    public ErrorDescriptor CommittingWeightsTooFast { get; private set; } = null!;

    public ErrorDescriptor AmountTooLow { get; private set; } = null!;

    public ErrorDescriptor InsufficientLiquidity { get; private set; } = null!;

    public ErrorDescriptor SlippageTooHigh { get; private set; } = null!;

    public ErrorDescriptor TransferDisallowed { get; private set; } = null!;

    public ErrorDescriptor ActivityCutoffTooLow { get; private set; } = null!;

    public ErrorDescriptor FirstEmissionBlockNumberAlreadySet { get; private set; } = null!;

    public ErrorDescriptor NeedWaitingMoreBlocksToStarCall { get; private set; } = null!;

    public ErrorDescriptor SubtokenDisabled { get; private set; } = null!;

    public ErrorDescriptor HotKeySwapOnSubnetIntervalNotPassed { get; private set; } = null!;

    public ErrorDescriptor SameNetuid { get; private set; } = null!;

    public ErrorDescriptor InsufficientBalance { get; private set; } = null!;

    public ErrorDescriptor AdminActionProhibitedDuringWeightsWindow { get; private set; } = null!;

    public ErrorDescriptor RevealPeriodTooLarge { get; private set; } = null!;

    public ErrorDescriptor RevealPeriodTooSmall { get; private set; } = null!;

    public ErrorDescriptor InvalidValue { get; private set; } = null!;

    public ErrorDescriptor SubnetLimitReached { get; private set; } = null!;

    public ErrorDescriptor CannotAffordLockCost { get; private set; } = null!;

    public ErrorDescriptor Deprecated { get; private set; } = null!;

    public ErrorDescriptor CannotUseSystemAccount { get; private set; } = null!;

    private void DefineErrors()
    {
        RootNetworkDoesNotExist = DefineError(0, "RootNetworkDoesNotExist");
        InvalidIpType = DefineError(1, "InvalidIpType");
        InvalidIpAddress = DefineError(2, "InvalidIpAddress");
        InvalidPort = DefineError(3, "InvalidPort");
        HotKeyNotRegisteredInSubNet = DefineError(4, "HotKeyNotRegisteredInSubNet");
        HotKeyAccountNotExists = DefineError(5, "HotKeyAccountNotExists");
        HotKeyNotRegisteredInNetwork = DefineError(6, "HotKeyNotRegisteredInNetwork");
        NonAssociatedColdKey = DefineError(7, "NonAssociatedColdKey");
        NotEnoughStake = DefineError(8, "NotEnoughStake");
        NotEnoughStakeToWithdraw = DefineError(9, "NotEnoughStakeToWithdraw");
        NotEnoughStakeToSetWeights = DefineError(10, "NotEnoughStakeToSetWeights");
        NotEnoughBalanceToStake = DefineError(12, "NotEnoughBalanceToStake");
        BalanceWithdrawalError = DefineError(13, "BalanceWithdrawalError");
        ZeroBalanceAfterWithdrawn = DefineError(14, "ZeroBalanceAfterWithdrawn");
        NeuronNoValidatorPermit = DefineError(15, "NeuronNoValidatorPermit");
        WeightVecNotEqualSize = DefineError(16, "WeightVecNotEqualSize");
        DuplicateUids = DefineError(17, "DuplicateUids");
        UidVecContainInvalidOne = DefineError(18, "UidVecContainInvalidOne");
        WeightVecLengthIsLow = DefineError(19, "WeightVecLengthIsLow");
        TooManyRegistrationsThisBlock = DefineError(20, "TooManyRegistrationsThisBlock");
        HotKeyAlreadyRegisteredInSubNet = DefineError(21, "HotKeyAlreadyRegisteredInSubNet");
        NewHotKeyIsSameWithOld = DefineError(22, "NewHotKeyIsSameWithOld");
        NewHotKeyNotCleanForRootSwap = DefineError(23, "NewHotKeyNotCleanForRootSwap");
        MaxWeightExceeded = DefineError(27, "MaxWeightExceeded");
        HotKeyAlreadyDelegate = DefineError(28, "HotKeyAlreadyDelegate");
        SettingWeightsTooFast = DefineError(29, "SettingWeightsTooFast");
        IncorrectWeightVersionKey = DefineError(30, "IncorrectWeightVersionKey");
        ServingRateLimitExceeded = DefineError(31, "ServingRateLimitExceeded");
        UidsLengthExceedUidsInSubNet = DefineError(32, "UidsLengthExceedUidsInSubNet");
        NetworkTxRateLimitExceeded = DefineError(33, "NetworkTxRateLimitExceeded");
        DelegateTxRateLimitExceeded = DefineError(34, "DelegateTxRateLimitExceeded");
        HotKeySetTxRateLimitExceeded = DefineError(35, "HotKeySetTxRateLimitExceeded");
        StakingRateLimitExceeded = DefineError(36, "StakingRateLimitExceeded");
        SubNetRegistrationDisabled = DefineError(37, "SubNetRegistrationDisabled");
        TooManyRegistrationsThisInterval = DefineError(38, "TooManyRegistrationsThisInterval");
        NotSubnetOwner = DefineError(41, "NotSubnetOwner");
        RegistrationNotPermittedOnRootSubnet = DefineError(42, "RegistrationNotPermittedOnRootSubnet");
        StakeTooLowForRoot = DefineError(43, "StakeTooLowForRoot");
        AllNetworksInImmunity = DefineError(44, "AllNetworksInImmunity");
        NotEnoughBalanceToPaySwapHotKey = DefineError(45, "NotEnoughBalanceToPaySwapHotKey");
        NotRootSubnet = DefineError(46, "NotRootSubnet");
        CanNotSetRootNetworkWeights = DefineError(47, "CanNotSetRootNetworkWeights");
        NoNeuronIdAvailable = DefineError(48, "NoNeuronIdAvailable");
        DelegateTakeTooLow = DefineError(49, "DelegateTakeTooLow");
        DelegateTakeTooHigh = DefineError(50, "DelegateTakeTooHigh");
        NoWeightsCommitFound = DefineError(51, "NoWeightsCommitFound");
        InvalidRevealCommitHashNotMatch = DefineError(52, "InvalidRevealCommitHashNotMatch");
        CommitRevealEnabled = DefineError(53, "CommitRevealEnabled");
        CommitRevealDisabled = DefineError(54, "CommitRevealDisabled");
        LiquidAlphaDisabled = DefineError(55, "LiquidAlphaDisabled");
        AlphaHighTooLow = DefineError(56, "AlphaHighTooLow");
        AlphaLowOutOfRange = DefineError(57, "AlphaLowOutOfRange");
        TxRateLimitExceeded = DefineError(64, "TxRateLimitExceeded");
        InvalidIdentity = DefineError(73, "InvalidIdentity");
        MechanismDoesNotExist = DefineError(74, "MechanismDoesNotExist");
        StakeUnavailable = DefineError(75, "StakeUnavailable");
        SubnetNotExists = DefineError(76, "SubnetNotExists");
        TooManyUnrevealedCommits = DefineError(77, "TooManyUnrevealedCommits");
        ExpiredWeightCommit = DefineError(78, "ExpiredWeightCommit");
        RevealTooEarly = DefineError(79, "RevealTooEarly");
        InputLengthsUnequal = DefineError(80, "InputLengthsUnequal");
        CommittingWeightsTooFast = DefineError(81, "CommittingWeightsTooFast");
        AmountTooLow = DefineError(82, "AmountTooLow");
        InsufficientLiquidity = DefineError(83, "InsufficientLiquidity");
        SlippageTooHigh = DefineError(84, "SlippageTooHigh");
        TransferDisallowed = DefineError(85, "TransferDisallowed");
        ActivityCutoffTooLow = DefineError(86, "ActivityCutoffTooLow");
        FirstEmissionBlockNumberAlreadySet = DefineError(88, "FirstEmissionBlockNumberAlreadySet");
        NeedWaitingMoreBlocksToStarCall = DefineError(89, "NeedWaitingMoreBlocksToStarCall");
        SubtokenDisabled = DefineError(94, "SubtokenDisabled");
        HotKeySwapOnSubnetIntervalNotPassed = DefineError(95, "HotKeySwapOnSubnetIntervalNotPassed");
        SameNetuid = DefineError(96, "SameNetuid");
        InsufficientBalance = DefineError(97, "InsufficientBalance");
        AdminActionProhibitedDuringWeightsWindow = DefineError(107, "AdminActionProhibitedDuringWeightsWindow");
        RevealPeriodTooLarge = DefineError(112, "RevealPeriodTooLarge");
        RevealPeriodTooSmall = DefineError(113, "RevealPeriodTooSmall");
        InvalidValue = DefineError(114, "InvalidValue");
        SubnetLimitReached = DefineError(115, "SubnetLimitReached");
        CannotAffordLockCost = DefineError(116, "CannotAffordLockCost");
        Deprecated = DefineError(128, "Deprecated");
        CannotUseSystemAccount = DefineError(139, "CannotUseSystemAccount");
    }
}
