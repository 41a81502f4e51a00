using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bittensor.Testing;

namespace Bittensor.Core.Tests.CrossCheck;

/// <summary>
/// The polkadot.js reference (tools/js-reference/crosscheck.mjs) as a child process speaking JSON lines.
/// Every answer carries two independent implementations: @polkadot/util-crypto (@scure/sr25519) and
/// @polkadot/wasm-crypto (Rust schnorrkel compiled to WASM). Installs the pinned npm packages when missing.
/// </summary>
public sealed class JsReferenceOracle : IDisposable
{
    private static readonly TimeSpan s_installTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan s_replyTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Lock _lock = new();
    private int _nextId;

    public JsReferenceOracle()
    {
        string dir = Path.Combine(RepoPaths.Root, "tools", "js-reference");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "@polkadot", "wasm-crypto")))
        {
            Run("npm", "ci --no-audit --no-fund --loglevel=error", dir, s_installTimeout);
        }

        ProcessStartInfo start = new("node", "crosscheck.mjs")
        {
            WorkingDirectory = dir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
    }

    /// <summary>Sends one request and waits (bounded) for its reply.</summary>
    public JsonObject Ask(JsonObject request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            int id = ++_nextId;
            request["id"] = id;
            _process.StandardInput.WriteLine(request.ToJsonString());
            _process.StandardInput.Flush();
            Task<string?> line = _process.StandardOutput.ReadLineAsync();
            if (!line.Wait(s_replyTimeout))
            {
                throw new TimeoutException($"the JS oracle did not answer {request.ToJsonString()} within {s_replyTimeout.TotalSeconds}s");
            }

            string reply = line.GetAwaiter().GetResult() ?? throw new InvalidOperationException("the JS oracle exited");
            JsonObject obj = JsonNode.Parse(reply)!.AsObject();
            if (obj.TryGetPropertyValue("error", out JsonNode? error) && error is not null)
            {
                throw new InvalidOperationException($"JS oracle error for {request.ToJsonString()}: {error}");
            }

            Assert.Equal(id, obj["id"]!.GetValue<int>());
            return obj;
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited: nothing to clean up.
        }

        _process.Dispose();
    }

    private static void Run(string file, string args, string dir, TimeSpan timeout)
    {
        using Process p = Process.Start(new ProcessStartInfo(file, args) { WorkingDirectory = dir, UseShellExecute = false })
            ?? throw new InvalidOperationException($"could not start {file}");
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {args} took longer than {timeout}");
        }

        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {args} exited {p.ExitCode}");
        }
    }

    internal static string Str(JsonObject o, string name) => o[name]?.GetValue<string>() ?? throw new JsonException($"missing {name}");
}
