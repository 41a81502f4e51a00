using System.Globalization;
using Bittensor.Core.Crypto;
using Bittensor.Examples.Subnet.Neurons;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Examples.Subnet.Miners;

/// <summary>
/// Sells the miner's stake every so many blocks (<c>unstake_all</c> on its hotkey, signed by the wallet's coldkey), as
/// miners on real subnets sell the alpha their incentive pays them.
/// </summary>
/// <remarks>
/// The chain pays a miner's incentive as stake on its hotkey, and validator permits go to the top-k uids by stake
/// (subtensor <c>epoch/run_epoch.rs</c>, <c>is_topk_nonzero</c>). A miner that keeps every emission therefore
/// outweighs, in time, any validator whose stake grows more slowly and takes its permit; then that validator's
/// set_weights fails with NeuronNoValidatorPermit. Selling keeps the miner's stake to what one interval pays.
/// </remarks>
public static class EmissionSeller
{
    /// <summary>The wallet's coldkey (unencrypted, or its password in the btwallet environment variable).</summary>
    /// <exception cref="SubnetException">The coldkey cannot be read or decrypted.</exception>
    public static KeyPair UnlockColdkey(NeuronSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Wallet wallet = new(settings.WalletName, settings.Hotkey, settings.WalletPath);
        try
        {
            return wallet.UnlockColdkey(PasswordSource.BtwalletEnvironment);
        }
        catch (KeyfileException ex)
        {
            throw new SubnetException($"--sell-every-blocks needs the coldkey of wallet {settings.WalletName} at {wallet.Path}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Every <paramref name="everyBlocks"/> blocks, sells the miner's stake until <paramref name="cancellationToken"/>
    /// fires. A failed sale is reported on <paramref name="error"/> and tried again at the next interval.
    /// </summary>
    public static async Task RunAsync(ChainSession session, KeyPair coldkey, uint everyBlocks, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(coldkey);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentOutOfRangeException.ThrowIfZero(everyBlocks);
        uint? next = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            string? failure;
            try
            {
                // The first target is read inside the try too: a dropped connection is reported, never thrown at shutdown.
                next ??= await session.Client.GetCurrentBlockAsync(cancellationToken).ConfigureAwait(false) + everyBlocks;
                uint block = await session.Client.WaitForBlockAsync(next, cancellationToken).ConfigureAwait(false);
                next = block + everyBlocks;
                ExtrinsicReceipt receipt = await session.Client.UnstakeAllAsync(coldkey, session.HotkeyId, cancellationToken).ConfigureAwait(false);
                failure = receipt.Success ? null : receipt.Error?.Message ?? "the extrinsic failed";
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ChainSession.IsConnectionError(ex) || ex is ChainModuleError or ExtrinsicStatusException)
            {
                failure = ex.Message;
            }

            if (failure is not null)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"miner uid={session.Uid}: selling the emission failed: {failure}")).ConfigureAwait(false);
                try
                {
                    // A lost connection fails at once: do not spin on it.
                    await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
