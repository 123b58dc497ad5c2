using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using Handouts.Serve;

namespace Handouts.Cli;

/// <summary><c>handouts serve</c>: the site in a browser, rebuilt and reloaded on every save, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folders = new FolderOptions();
        var port = new Option<int>("--port") { Description = $"First port to try; the next ones up to {ServeOptions.PortTries} when it is taken", DefaultValueFactory = _ => ServeOptions.DefaultPort };
        var host = new Option<string>("--host") { Description = "Address to listen on (another machine can reach the site only when this is not loopback)", DefaultValueFactory = _ => "127.0.0.1" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Serve the HTML only" };
        var command = new Command("serve", "Serve the site on this machine, rebuilt and reloaded in the browser on every save") { port, host, noPdf };
        folders.AddTo(command);
        command.SetAction(parse =>
        {
            var address = Address(parse.GetValue(host)!);
            var first = parse.GetValue(port);
            if (address is null || first is < 1 or > IPEndPoint.MaxPort)
            {
                error.WriteLine(address is null ? "error: --host must be an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost" : $"error: --port must be from 1 to {IPEndPoint.MaxPort}");
                return 2;
            }

            var options = new ServeOptions(parse.GetValue(folders.Content)!, parse.GetValue(folders.Templates), address, first, Pdf: !parse.GetValue(noPdf));
            return Run(options, output, error);
        });
        return command;
    }

    private static IPAddress? Address(string text) =>
        text == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(text, out var parsed) ? parsed : null;

    private static int Run(ServeOptions options, TextWriter output, TextWriter error)
    {
        // Pages are rebuilt on worker threads while requests are answered: one writer must not interleave lines.
        output = TextWriter.Synchronized(output);
        error = TextWriter.Synchronized(error);
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            var session = SiteServer.Start(options, output, error, stop.Token).GetAwaiter().GetResult();
            if (session is null) return 2;
            session.Stopped.GetAwaiter().GetResult();
            output.WriteLine("Stopped.");
            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
        }
    }
}
