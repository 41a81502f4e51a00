using Bittensor.Node.Rpc.Json;
using Bittensor.Node.Rpc.Methods;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bittensor.Node.Rpc;

/// <summary>Composition of the RPC server: options, method table, dispatcher, endpoint.</summary>
internal static class RpcServiceCollectionExtensions
{
    /// <summary>Adds the server; methods come from every registered <see cref="IRpcModule"/>.</summary>
    public static IServiceCollection AddRpcServer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RpcOptions>().Bind(configuration.GetSection(RpcOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RpcOptions>, RpcOptionsValidator>();
        services.AddSingleton(sp => BuildMethodTable(sp.GetServices<IRpcModule>()));
        services.AddSingleton<RpcDispatcher>();
        services.AddSingleton<RpcConnectionLimiter>();
        services.AddSingleton<RpcEndpoint>();
        return services;
    }

    /// <summary>Adds a module whose methods join the table at start-up (it may take any registered service).</summary>
    public static IServiceCollection AddRpcModule<TModule>(this IServiceCollection services)
        where TModule : class, IRpcModule => services.AddSingleton<IRpcModule, TModule>();

    /// <summary>Adds an already built module.</summary>
    public static IServiceCollection AddRpcModule(this IServiceCollection services, IRpcModule module) => services.AddSingleton(module);

    /// <summary>
    /// Adds <see cref="RpcServerStartup"/>, which builds the method table at start; call it after every other
    /// hosted service is registered.
    /// </summary>
    public static IServiceCollection AddRpcServerStartup(this IServiceCollection services) => services.AddHostedService<RpcServerStartup>();

    /// <summary>Serves JSON-RPC (HTTP POST and WebSocket) on every path of <paramref name="app"/>.</summary>
    public static WebApplication UseRpcServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();

        // Resolved per request (a cached singleton), not here: building the app must not construct the modules yet.
        app.Run(static context => context.RequestServices.GetRequiredService<RpcEndpoint>().InvokeAsync(context));
        return app;
    }

    /// <summary>Collects the modules' methods, adds <c>rpc_methods</c> (listing every name and alias) and freezes the table.</summary>
    internal static RpcMethodTable BuildMethodTable(IEnumerable<IRpcModule> modules)
    {
        var table = new RpcMethodTable();
        foreach (IRpcModule module in modules)
        {
            module.Register(table);
        }

        table.Add("rpc_methods", _ => new RpcMethodsResult(table.Names), RpcJsonContext.Default.RpcMethodsResult);
        table.Freeze();
        return table;
    }
}
