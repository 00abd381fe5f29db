import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles several Java projects in one JVM, each on its own (their packages may collide), with
 * the system compiler that `javac` runs: one JVM start and one warm-up for all of them.
 *
 * <p>Arguments: javac's flags, `--`, then pairs of (source folder, class output folder). Prints,
 * per project, a line `== <exit status> <source folder>` followed by what javac printed.
 */
public final class CompileEach {
    private CompileEach() {
    }

    public static void main(String[] args) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> flags = new ArrayList<>();
        int i = 0;
        while (!args[i].equals("--")) {
            flags.add(args[i++]);
        }
        i++;
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (; i + 1 < args.length; i += 2) {
            List<String> command = new ArrayList<>(flags);
            command.add("-d");
            command.add(args[i + 1]);
            try (Stream<Path> walk = Files.walk(Paths.get(args[i]))) {
                command.addAll(walk.map(Path::toString).filter(p -> p.endsWith(".java")).sorted().collect(Collectors.toList()));
            }
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            int status = javac.run(null, said, said, command.toArray(new String[0]));
            stdout.println("== " + status + " " + args[i]);
            stdout.print(said.toString(StandardCharsets.UTF_8));
        }
    }
}
