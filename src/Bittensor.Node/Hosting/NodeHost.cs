using System.Net;
using System.Reflection;
using Bittensor.Node.Chain;
using Bittensor.Node.Metrics;
using Bittensor.Node.Rpc;
using Bittensor.Node.Rpc.Methods;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Bittensor.Node.Hosting;

/// <summary>
/// The composition root of <c>subtensor</c>: Generic Host + Kestrel, options from appsettings.json, <c>SUBTENSOR_</c>
/// environment variables and flags (in rising precedence), validated at start; storage; the JSON-RPC server.
/// </summary>
internal static class NodeHost
{
    /// <summary><c>system_name</c>: subtensor's <c>impl_name</c>.</summary>
    public const string ImplementationName = "Subtensor Node";

    /// <summary>The subtensor node version we mirror; <c>system_version</c> appends the commit, as Substrate does.</summary>
    public const string SubtensorVersion = "4.0.0-dev";

    /// <summary>Exit code for bad flags, invalid settings and start-up failures.</summary>
    public const int FailureExitCode = 1;

    /// <summary>Runs the node until SIGINT/SIGTERM (or <paramref name="cancellationToken"/>); returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        NodeCommandLine commandLine = NodeCommandLine.Parse(args);
        if (commandLine.Errors.Count > 0)
        {
            foreach (string message in commandLine.Errors)
            {
                await error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
            }

            return FailureExitCode;
        }

        if (commandLine.IsHelpOrVersion)
        {
            return commandLine.WriteHelpOrVersion(output);
        }

        WebApplication app;
        try
        {
            // Building already resolves the server's options, and with them their validation.
            app = Build(commandLine.Configuration);
        }
        catch (OptionsValidationException ex)
        {
            return await ReportAsync(error, ex).ConfigureAwait(false);
        }

        await using (app.ConfigureAwait(false))
        {
            ILogger logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("subtensor");
            try
            {
                // Validating every ValidateOnStart option before StartAsync reports a bad setting as our one line
                // instead of the host's start-failure log with a stack trace.
                app.Services.GetService<IStartupValidator>()?.Validate();
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OptionsValidationException ex)
            {
                return await ReportAsync(error, ex).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return FailureExitCode;
            }

            NodeInfo info = app.Services.GetRequiredService<NodeInfo>();
            NodeLog.Starting(logger, info.ImplementationVersion, info.ChainId, info.NodeName, info.PeerId);
            string endpoint = GetRpcEndpoint(app).ToString().TrimEnd('/');
            NodeLog.RpcListening(logger, endpoint);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            NodeLog.Stopped(logger);
        }

        return 0;
    }

    /// <summary>
    /// Builds the node. <paramref name="settings"/> are configuration keys (<c>Node:Chain</c>, <c>Rpc:Port</c> …) that
    /// override appsettings.json and the environment; <paramref name="configureServices"/> adds services and
    /// <see cref="IRpcModule"/>s (block production, chain/state/author methods, or test modules).
    /// </summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables("SUBTENSOR_");
        builder.Configuration.AddInMemoryCollection(settings);

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-dd HH:mm:ss.fff ";
            console.ColorBehavior = LoggerColorBehavior.Disabled;
        });

        IServiceCollection services = builder.Services;
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(10));
        services.AddOptions<NodeOptions>().Bind(builder.Configuration.GetSection(NodeOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NodeOptions>, NodeOptionsValidator>();
        services.AddSingleton(sp => CreateNodeInfo(sp.GetRequiredService<IOptions<NodeOptions>>().Value));
        services.AddSingleton<NodeStorage>();
        services.AddHostedService(sp => sp.GetRequiredService<NodeStorage>());
        services.AddSingleton(sp => sp.GetRequiredService<NodeStorage>().Database);
        services.AddSingleton<ChainService>();
        services.AddHostedService(sp => sp.GetRequiredService<ChainService>());
        services.AddSingleton(sp => sp.GetRequiredService<ChainService>().Chain);
        services.AddSingleton<IBlockchain>(sp => sp.GetRequiredService<ChainService>().Chain);
        services.AddSingleton(sp => sp.GetRequiredService<ChainService>().Pool);
        services.AddHostedService<BlockAuthor>();
        services.AddRpcServer(builder.Configuration);
        services.AddRpcModule<SystemRpcModule>();
        services.AddRpcModule<AuthorRpcModule>();
        services.AddChainRpc();
        services.AddNodeMetrics(builder.Configuration);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RpcOptions>>((kestrel, rpc) => ConfigureKestrel(kestrel, rpc.Value));
        services.TryAddSingleton(TimeProvider.System);
        configureServices?.Invoke(services);
        services.AddRpcServerStartup();

        WebApplication app = builder.Build();
        app.UseRpcServer();
        return app;
    }

    /// <summary>The WebSocket URL clients use, e.g. <c>ws://127.0.0.1:9944</c>, with the port actually bound.</summary>
    public static Uri GetRpcEndpoint(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        IServerAddressesFeature? addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        string address = addresses?.Addresses.FirstOrDefault() ?? throw new InvalidOperationException("The RPC server is not listening.");
        int port = new Uri(address).Port;
        string host = app.Services.GetRequiredService<IOptions<RpcOptions>>().Value.External ? "0.0.0.0" : "127.0.0.1";
        return new UriBuilder("ws", host, port).Uri;
    }

    private static async Task<int> ReportAsync(TextWriter error, OptionsValidationException exception)
    {
        foreach (string failure in exception.Failures)
        {
            await error.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
        }

        return FailureExitCode;
    }

    internal static NodeInfo CreateNodeInfo(NodeOptions options)
    {
        string? informational = typeof(NodeHost).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        int plus = informational?.IndexOf('+', StringComparison.Ordinal) ?? -1;
        string commit = plus >= 0 ? informational![(plus + 1)..] : string.Empty;
        string version = commit.Length == 0 ? SubtensorVersion : $"{SubtensorVersion}-{commit[..Math.Min(7, commit.Length)]}";
        return new NodeInfo(
            ImplementationName,
            version,
            options.EffectiveChain,
            ChainName: "Bittensor",
            ChainType: "Development",
            new SystemProperties(Ss58Format: 42, TokenDecimals: 9, TokenSymbol: "TAO"),
            options.Name,
            PeerIdentity.NewRandom(),
            Roles: ["Authority"]);
    }

    private static void ConfigureKestrel(KestrelServerOptions kestrel, RpcOptions rpc)
    {
        kestrel.AddServerHeader = false;
        if (rpc.External)
        {
            kestrel.ListenAnyIP(rpc.Port);
        }
        else if (rpc.Port == 0)
        {
            // Kestrel cannot pick one free port for both loopback families, so a dynamic port is IPv4 only.
            kestrel.Listen(IPAddress.Loopback, 0);
        }
        else
        {
            kestrel.ListenLocalhost(rpc.Port);
        }
    }
}
