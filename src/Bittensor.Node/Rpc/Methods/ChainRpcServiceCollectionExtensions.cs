using Microsoft.Extensions.DependencyInjection;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// Registers the read-side RPC modules over the registered <see cref="Chain.IBlockchain"/>: <c>chain_*</c>, <c>state_*</c>,
/// <c>payment_*</c>, the chain-backed <c>system_*</c>/<c>chainSpec_v1_*</c> methods, and the notifier feeding their
/// subscriptions.
/// </summary>
internal static class ChainRpcServiceCollectionExtensions
{
    public static IServiceCollection AddChainRpc(this IServiceCollection services)
    {
        services.AddSingleton<ChainNotifications>();
        services.AddRpcModule<ChainRpcModule>();
        services.AddRpcModule<StateRpcModule>();
        services.AddRpcModule<PaymentRpcModule>();
        services.AddRpcModule<SystemChainRpcModule>();
        return services;
    }
}
