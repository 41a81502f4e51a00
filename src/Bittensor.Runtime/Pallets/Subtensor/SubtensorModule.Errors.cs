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
        RootNetworkDoesNotExist = DefineError(0, "RootNetworkDoesNotExist", " The root network does not exist.");
        InvalidIpType = DefineError(1, "InvalidIpType", " The user is trying to serve an axon which is not of type 4 (IPv4) or 6 (IPv6).");
        InvalidIpAddress = DefineError(2, "InvalidIpAddress", " An invalid IP address is passed to the serve function.");
        InvalidPort = DefineError(3, "InvalidPort", " An invalid port is passed to the serve function.");
        HotKeyNotRegisteredInSubNet = DefineError(4, "HotKeyNotRegisteredInSubNet", " The hotkey is not registered in subnet");
        HotKeyAccountNotExists = DefineError(5, "HotKeyAccountNotExists", " The hotkey does not exists");
        HotKeyNotRegisteredInNetwork = DefineError(6, "HotKeyNotRegisteredInNetwork", " The hotkey is not registered in any subnet.");
        NonAssociatedColdKey = DefineError(7, "NonAssociatedColdKey", " Request to stake, unstake or subscribe is made by a coldkey that is not associated with", " the hotkey account.");
        NotEnoughStake = DefineError(8, "NotEnoughStake", " DEPRECATED: Stake amount to withdraw is zero.", " The caller does not have enought stake to perform this action.");
        NotEnoughStakeToWithdraw = DefineError(9, "NotEnoughStakeToWithdraw", " The caller is requesting removing more stake than there exists in the staking account.", " See: \"[remove_stake()]\".");
        NotEnoughStakeToSetWeights = DefineError(10, "NotEnoughStakeToSetWeights", " The caller is requesting to set weights but the caller has less than minimum stake", " required to set weights (less than WeightsMinStake).");
        NotEnoughBalanceToStake = DefineError(12, "NotEnoughBalanceToStake", " The caller is requesting adding more stake than there exists in the coldkey account.", " See: \"[add_stake()]\"");
        BalanceWithdrawalError = DefineError(13, "BalanceWithdrawalError", " The caller is trying to add stake, but for some reason the requested amount could not be", " withdrawn from the coldkey account.");
        ZeroBalanceAfterWithdrawn = DefineError(14, "ZeroBalanceAfterWithdrawn", " Unsuccessfully withdraw, balance could be zero (can not make account exist) after", " withdrawal.");
        NeuronNoValidatorPermit = DefineError(15, "NeuronNoValidatorPermit", " The caller is attempting to set non-self weights without being a permitted validator.");
        WeightVecNotEqualSize = DefineError(16, "WeightVecNotEqualSize", " The caller is attempting to set the weight keys and values but these vectors have", " different size.");
        DuplicateUids = DefineError(17, "DuplicateUids", " The caller is attempting to set weights with duplicate UIDs in the weight matrix.");
        UidVecContainInvalidOne = DefineError(18, "UidVecContainInvalidOne", " The caller is attempting to set weight to at least one UID that does not exist in the", " metagraph.");
        WeightVecLengthIsLow = DefineError(19, "WeightVecLengthIsLow", " The dispatch is attempting to set weights on chain with fewer elements than are allowed.");
        TooManyRegistrationsThisBlock = DefineError(20, "TooManyRegistrationsThisBlock", " Number of registrations in this block exceeds the allowed number (i.e., exceeds the", " subnet hyperparameter \"max_regs_per_block\").");
        HotKeyAlreadyRegisteredInSubNet = DefineError(21, "HotKeyAlreadyRegisteredInSubNet", " The caller is requesting registering a neuron which already exists in the active set.");
        NewHotKeyIsSameWithOld = DefineError(22, "NewHotKeyIsSameWithOld", " The new hotkey is the same as old one");
        NewHotKeyNotCleanForRootSwap = DefineError(23, "NewHotKeyNotCleanForRootSwap", " The new hotkey has outstanding root claimable or non-zero root stake,", " so the root rate-book cannot be merged without misallocating dividends.");
        MaxWeightExceeded = DefineError(27, "MaxWeightExceeded", " The dispatch is attempting to set weights on chain with weight value exceeding the", " configured max weight limit (currently `u16::MAX`).");
        HotKeyAlreadyDelegate = DefineError(28, "HotKeyAlreadyDelegate", " The hotkey is attempting to become a delegate when the hotkey is already a delegate.");
        SettingWeightsTooFast = DefineError(29, "SettingWeightsTooFast", " A transactor exceeded the rate limit for setting weights.");
        IncorrectWeightVersionKey = DefineError(30, "IncorrectWeightVersionKey", " A validator is attempting to set weights from a validator with incorrect weight version.");
        ServingRateLimitExceeded = DefineError(31, "ServingRateLimitExceeded", " An axon or prometheus serving exceeded the rate limit for a registered neuron.");
        UidsLengthExceedUidsInSubNet = DefineError(32, "UidsLengthExceedUidsInSubNet", " The caller is attempting to set weights with more UIDs than allowed.");
        NetworkTxRateLimitExceeded = DefineError(33, "NetworkTxRateLimitExceeded", " A transactor exceeded the rate limit for add network transaction.");
        DelegateTxRateLimitExceeded = DefineError(34, "DelegateTxRateLimitExceeded", " A transactor exceeded the rate limit for delegate transaction.");
        HotKeySetTxRateLimitExceeded = DefineError(35, "HotKeySetTxRateLimitExceeded", " A transactor exceeded the rate limit for setting or swapping hotkey.");
        StakingRateLimitExceeded = DefineError(36, "StakingRateLimitExceeded", " A transactor exceeded the rate limit for staking.");
        SubNetRegistrationDisabled = DefineError(37, "SubNetRegistrationDisabled", " Registration is disabled.");
        TooManyRegistrationsThisInterval = DefineError(38, "TooManyRegistrationsThisInterval", " The number of registration attempts exceeded the allowed number in the interval.");
        NotSubnetOwner = DefineError(41, "NotSubnetOwner", " Not a subnet owner.");
        RegistrationNotPermittedOnRootSubnet = DefineError(42, "RegistrationNotPermittedOnRootSubnet", " Operation is not permitted on the root subnet.");
        StakeTooLowForRoot = DefineError(43, "StakeTooLowForRoot", " A hotkey with too little stake is attempting to join the root subnet.");
        AllNetworksInImmunity = DefineError(44, "AllNetworksInImmunity", " All subnets are in the immunity period.");
        NotEnoughBalanceToPaySwapHotKey = DefineError(45, "NotEnoughBalanceToPaySwapHotKey", " Not enough balance to pay swapping hotkey.");
        NotRootSubnet = DefineError(46, "NotRootSubnet", " Netuid does not match for setting root network weights.");
        CanNotSetRootNetworkWeights = DefineError(47, "CanNotSetRootNetworkWeights", " Can not set weights for the root network.");
        NoNeuronIdAvailable = DefineError(48, "NoNeuronIdAvailable", " No neuron ID is available.");
        DelegateTakeTooLow = DefineError(49, "DelegateTakeTooLow", " Delegate take is too low.");
        DelegateTakeTooHigh = DefineError(50, "DelegateTakeTooHigh", " Delegate take is too high.");
        NoWeightsCommitFound = DefineError(51, "NoWeightsCommitFound", " No commit found for the provided hotkey+netuid combination when attempting to reveal the", " weights.");
        InvalidRevealCommitHashNotMatch = DefineError(52, "InvalidRevealCommitHashNotMatch", " Committed hash does not equal the hashed reveal data.");
        CommitRevealEnabled = DefineError(53, "CommitRevealEnabled", " Attempting to call set_weights when commit/reveal is enabled");
        CommitRevealDisabled = DefineError(54, "CommitRevealDisabled", " Attemtping to commit/reveal weights when disabled.");
        LiquidAlphaDisabled = DefineError(55, "LiquidAlphaDisabled", " Attempting to set alpha high/low while disabled");
        AlphaHighTooLow = DefineError(56, "AlphaHighTooLow", " Alpha high is too low: alpha_high > 0.8");
        AlphaLowOutOfRange = DefineError(57, "AlphaLowOutOfRange", " Alpha low is out of range: alpha_low > 0 && alpha_low < 0.8");
        TxRateLimitExceeded = DefineError(64, "TxRateLimitExceeded", " Default transaction rate limit exceeded.");
        InvalidIdentity = DefineError(73, "InvalidIdentity", " Invalid identity.");
        MechanismDoesNotExist = DefineError(74, "MechanismDoesNotExist", " Subnet mechanism does not exist.");
        StakeUnavailable = DefineError(75, "StakeUnavailable", " Trying to unstake or re-lock the locked amount.");
        SubnetNotExists = DefineError(76, "SubnetNotExists", " Trying to perform action on non-existent subnet.");
        TooManyUnrevealedCommits = DefineError(77, "TooManyUnrevealedCommits", " Maximum commit limit reached");
        ExpiredWeightCommit = DefineError(78, "ExpiredWeightCommit", " Attempted to reveal weights that are expired.");
        RevealTooEarly = DefineError(79, "RevealTooEarly", " Attempted to reveal weights too early.");
        InputLengthsUnequal = DefineError(80, "InputLengthsUnequal", " Attempted to batch reveal weights with mismatched vector input lenghts.");
        CommittingWeightsTooFast = DefineError(81, "CommittingWeightsTooFast", " A transactor exceeded the rate limit for setting weights.");
        AmountTooLow = DefineError(82, "AmountTooLow", " Stake amount is too low.");
        InsufficientLiquidity = DefineError(83, "InsufficientLiquidity", " Not enough liquidity.");
        SlippageTooHigh = DefineError(84, "SlippageTooHigh", " Slippage is too high for the transaction.");
        TransferDisallowed = DefineError(85, "TransferDisallowed", " Subnet disallows transfer.");
        ActivityCutoffTooLow = DefineError(86, "ActivityCutoffTooLow", " Activity cutoff is being set too low.");
        FirstEmissionBlockNumberAlreadySet = DefineError(88, "FirstEmissionBlockNumberAlreadySet", " FirstEmissionBlockNumber is already set.");
        NeedWaitingMoreBlocksToStarCall = DefineError(89, "NeedWaitingMoreBlocksToStarCall", " need wait for more blocks to accept the start call extrinsic.");
        SubtokenDisabled = DefineError(94, "SubtokenDisabled", " SubToken disabled now");
        HotKeySwapOnSubnetIntervalNotPassed = DefineError(95, "HotKeySwapOnSubnetIntervalNotPassed", " Too frequent hotkey swap on subnet");
        SameNetuid = DefineError(96, "SameNetuid", " Invalid netuid duplication");
        InsufficientBalance = DefineError(97, "InsufficientBalance", " The caller does not have enough balance for the operation.");
        AdminActionProhibitedDuringWeightsWindow = DefineError(107, "AdminActionProhibitedDuringWeightsWindow", " Admin operation is prohibited during the protected weights window");
        RevealPeriodTooLarge = DefineError(112, "RevealPeriodTooLarge", " Reveal period is too large.");
        RevealPeriodTooSmall = DefineError(113, "RevealPeriodTooSmall", " Reveal period is too small.");
        InvalidValue = DefineError(114, "InvalidValue", " Generic error for out-of-range parameter value");
        SubnetLimitReached = DefineError(115, "SubnetLimitReached", " Subnet limit reached & there is no eligible subnet to prune");
        CannotAffordLockCost = DefineError(116, "CannotAffordLockCost", " Insufficient funds to meet the subnet lock cost");
        Deprecated = DefineError(128, "Deprecated", " Deprecated call.");
        CannotUseSystemAccount = DefineError(139, "CannotUseSystemAccount", " A system account cannot be used in this operation");
    }
}
