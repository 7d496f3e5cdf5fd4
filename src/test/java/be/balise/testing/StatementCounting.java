package be.balise.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a piece of work prepares on this thread, to hold pages to a number of statements.
 * Import it into a test class: the data source is wrapped (class-based proxy, so it stays a HikariDataSource), and
 * connections handed out while {@link #count} runs record every statement they prepare, with its text.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");
	private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

	/** Runs the work and returns the statements it prepared on this thread, in order. */
	public static List<String> count(Callable<?> work) throws Exception {
		List<String> statements = new ArrayList<>();
		STATEMENTS.set(statements);
		try {
			work.call();
		} finally {
			STATEMENTS.remove();
		}
		return statements;
	}

	@Bean
	static BeanPostProcessor statementCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof DataSource)) {
					return bean;
				}
				ProxyFactory factory = new ProxyFactory(bean);
				factory.setProxyTargetClass(true);
				factory.addAdvice((MethodInterceptor) invocation -> {
					Object result = invocation.proceed();
					if (result instanceof Connection connection && STATEMENTS.get() != null) {
						return counting(connection, STATEMENTS.get());
					}
					return result;
				});
				return factory.getProxy();
			}
		};
	}

	private static Connection counting(Connection connection, List<String> statements) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (PREPARING.contains(method.getName())) {
				statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : method.getName());
			}
			try {
				return method.invoke(connection, args);
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		};
		return (Connection) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(), new Class<?>[] {Connection.class},
				handler);
	}
}
