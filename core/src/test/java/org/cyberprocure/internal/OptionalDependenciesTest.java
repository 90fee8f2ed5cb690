package org.cyberprocure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyberprocure.io.ReaderLimits;
import org.junit.jupiter.api.Test;

/**
 * Apache POI and iText are optional: without them on the class path, reading a workbook and rendering a PDF raise a
 * ConfigurationException that names the artifacts, while CSV exports still read. The library's classes run here in
 * a class loader that hides both libraries, as in an application that did not add them.
 */
class OptionalDependenciesTest {
    @Test
    void withoutPoi_readingAWorkbook_namesTheDependency_butCsvStillReads() throws Exception {
        ClassLoader app = new HidingClassLoader(getClass().getClassLoader(), "org.apache.poi.", "com.itextpdf.");
        Class<?> rows = app.loadClass(SpreadsheetRows.class.getName());
        Object limits = app.loadClass(ReaderLimits.class.getName()).getMethod("defaults").invoke(null);
        Method xlsx = rows.getMethod("xlsx", byte[].class, String.class, limits.getClass());
        byte[] workbook = Files.readAllBytes(Path.of("..", "docs", "examples", "infusion-pump-mds2.xlsx"));

        assertThatThrownBy(() -> invoke(xlsx, workbook, "form.xlsx", limits))
                .hasToString("org.cyberprocure.ConfigurationException")
                .hasMessageContaining("org.apache.poi:poi-ooxml").hasMessageContaining("reading an XLSX workbook");

        Method csv = rows.getMethod("csv", byte[].class, String.class, limits.getClass());
        Object table = csv.invoke(null, "Question,Answer\nQ1,yes\n".getBytes(StandardCharsets.UTF_8), "form.csv",
                limits);
        assertThat(table.toString()).contains("Q1");
    }

    @Test
    void withoutIText_renderingAPdf_namesTheDependency() throws Exception {
        ClassLoader app = new HidingClassLoader(getClass().getClassLoader(), "com.itextpdf.");
        Class<?> renderer = app.loadClass("org.cyberprocure.report.pdf.PdfReportRenderer");
        Object pdf = renderer.getConstructor().newInstance();
        Method render = renderer.getMethod("render", app.loadClass("org.cyberprocure.report.ReportModel"),
                java.io.OutputStream.class);

        assertThatThrownBy(() -> invoke(render, pdf, null, new ByteArrayOutputStream()))
                .hasToString("org.cyberprocure.ConfigurationException")
                .hasMessageContaining("com.itextpdf:kernel").hasMessageContaining("rendering a PDF report");
    }

    @Test
    void withBoth_nothingIsRaised() {
        OptionalDependencies.requirePoi();
        OptionalDependencies.requireIText();
    }

    private static Object invoke(Method method, Object... args) throws Throwable {
        Object target = java.lang.reflect.Modifier.isStatic(method.getModifiers()) ? null : args[0];
        Object[] rest = target == null ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
        try {
            return method.invoke(target, rest);
        } catch (InvocationTargetException e) {
            throw new RenamedException(e.getCause());
        }
    }

    /** Carries the hidden loader's exception: its class name as toString, its message as message. */
    private static final class RenamedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String className;

        RenamedException(Throwable original) {
            super(original.getMessage(), original);
            this.className = original.getClass().getName();
        }

        @Override
        public String toString() {
            return className;
        }
    }

    /** Loads the library's own classes itself (child first) and hides the given packages entirely. */
    private static final class HidingClassLoader extends ClassLoader {
        private final ClassLoader source;
        private final List<String> hidden;

        HidingClassLoader(ClassLoader source, String... hidden) {
            super(ClassLoader.getPlatformClassLoader());
            this.source = source;
            this.hidden = List.of(hidden);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (hidden.stream().anyMatch(name::startsWith)) {
                throw new ClassNotFoundException(name + " (hidden by the test)");
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = name.startsWith("org.cyberprocure.") ? define(name) : source.loadClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private Class<?> define(String name) throws ClassNotFoundException {
            try (InputStream in = source.getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        @Override
        public java.net.URL getResource(String name) {
            return source.getResource(name);
        }
    }
}
