using System.Diagnostics;
using System.Text.Json;

namespace Bittensor.Cli.Tests;

/// <summary>Runs the real btcli command tree, in process (fast) or as the built executable.</summary>
public static class BtcliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public JsonElement Json()
        {
            string[] lines = Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Single(lines);
            return JsonDocument.Parse(lines[0]).RootElement;
        }
    }

    public static Result Run(params string[] args)
    {
        using StringWriter stdout = new();
        using StringWriter stderr = new();
        int code = BtcliApp.RunAsync(args, stdout, stderr, CancellationToken.None).GetAwaiter().GetResult();
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    public static Result RunProcess(params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "btcli.dll");
        ProcessStartInfo start = new("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using Process p = Process.Start(start)!;
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("btcli did not exit within 60 s");
        }

        return new Result(p.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
