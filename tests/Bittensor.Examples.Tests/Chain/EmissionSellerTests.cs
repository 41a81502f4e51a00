using System.Diagnostics;
using Bittensor.Core.Crypto;
using Bittensor.Core.Primitives;
using Bittensor.Examples.Subnet.Miners;
using Bittensor.Examples.Subnet.Neurons;
using Bittensor.Sdk.Chain;
using Bittensor.Sdk.Chain.Extrinsics;
using Bittensor.Sdk.Wallets;

namespace Bittensor.Examples.Tests.Chain;

/// <summary>
/// <see cref="EmissionSeller"/> against the real dev node: a miner's stake is sold for TAO back to its coldkey at the
/// interval, through the wallet's coldkey, with no failure reported.
/// </summary>
[Trait("Category", "Integration")]
public sealed class EmissionSellerTests
{
    private const ulong Tao = 1_000_000_000;

    [Fact]
    public async Task Seller_StakedMinerHotkey_SellsTheStakeForTao()
    {
        await using DevNode node = await DevNode.StartAsync();
        DirectoryInfo wallets = Directory.CreateTempSubdirectory("spam-subnet-wallets-");
        try
        {
            await using SubtensorClient client = await SubtensorClient.ConnectAsync(new Uri(node.Endpoint), new SubtensorClientOptions { WatchRuntimeUpgrades = false });
            KeyPair alice = KeyPair.FromUri("//Alice");
            KeyPair dave = KeyPair.FromUri("//Dave");
            Wallet wallet = new("seller", "default", wallets.FullName);
            wallet.RegenerateColdkey(KeySource.FromUri("//Dave"), null);
            wallet.RegenerateHotkey(KeySource.FromUri("//SellerHotkey"), null);
            AccountId32 hotkey = new(KeyPair.FromUri("//SellerHotkey").PublicKey.Span);
            AccountId32 daveId = new(dave.PublicKey.Span);

            IReadOnlyList<ushort> before = await client.GetAllSubnetNetuidsAsync();
            Assert.True((await client.RegisterNetworkAsync(alice, new AccountId32(KeyPair.FromUri("//SellerOwner").PublicKey.Span))).Success);
            ushort netuid = (await client.GetAllSubnetNetuidsAsync()).Except(before).Single();
            Assert.True((await client.StartCallAsync(alice, netuid)).Success);
            Assert.True((await client.BurnedRegisterAsync(dave, netuid, hotkey)).Success);
            ExtrinsicReceipt staked = await client.AddStakeAsync(dave, hotkey, netuid, 10 * Tao);
            Assert.True(staked.Success, staked.Error?.Message);
            ulong balance = await client.GetBalanceAsync(daveId);

            NeuronSettings settings = new(node.Endpoint, netuid, "seller", wallets.FullName, "default", null, null);
            await using ChainSession session = await ChainSession.OpenAsync(settings, CancellationToken.None);
            using StringWriter error = new();
            using CancellationTokenSource stop = new(TimeSpan.FromSeconds(60));
            Task selling = EmissionSeller.RunAsync(session, EmissionSeller.UnlockColdkey(settings), 2, error, stop.Token);

            // The stake comes back as TAO (less the pool's fees): well over half of it within a bounded wait.
            Stopwatch clock = Stopwatch.StartNew();
            ulong now = balance;
            while (now < balance + (5 * Tao) && clock.Elapsed < TimeSpan.FromSeconds(45))
            {
                await Task.Delay(250);
                now = await client.GetBalanceAsync(daveId);
            }

            await stop.CancelAsync();
            await selling;
            Assert.True(now >= balance + (5 * Tao), $"balance {balance} → {now}; seller said: {error}");
            Assert.Equal(string.Empty, error.ToString());
        }
        finally
        {
            wallets.Delete(recursive: true);
        }
    }
}
