using Bittensor.Runtime.Pallets;

namespace Bittensor.Runtime.Executive;

/// <summary>The generic pallets every subtensor runtime has; handed to the factory of additional pallets (SubtensorModule, AdminUtils, …).</summary>
public sealed record CorePallets(SystemPallet System, TimestampPallet Timestamp, AuraPallet Aura, BalancesPallet Balances, TransactionPaymentPallet TransactionPayment, SudoPallet Sudo);
