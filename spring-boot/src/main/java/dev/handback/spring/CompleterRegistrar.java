package dev.handback.spring;

import io.temporal.client.WorkflowClient;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one bean per generated completer, made from the application's (primary) {@code
 * WorkflowClient}, named by the completer's class name; and the {@link GeneratedCompleters} they
 * were found in, for the webhook endpoint's routes. A completer type the application already
 * defines a bean of is left to that bean.
 */
final class CompleterRegistrar
    implements ImportBeanDefinitionRegistrar, BeanClassLoaderAware, BeanFactoryAware {
  /** The bean name of the {@link GeneratedCompleters}. */
  static final String CATALOG = "handbackGeneratedCompleters";

  private ClassLoader classLoader;
  private BeanFactory beanFactory;

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void registerBeanDefinitions(
      AnnotationMetadata importingClassMetadata, BeanDefinitionRegistry registry) {
    GeneratedCompleters completers = GeneratedCompleters.find(classLoader);
    registry.registerBeanDefinition(
        CATALOG, new RootBeanDefinition(GeneratedCompleters.class, () -> completers));
    for (Class<?> completer : completers.classes()) {
      if (!definedByApplication(completer)
          && !registry.containsBeanDefinition(completer.getName())) {
        registry.registerBeanDefinition(completer.getName(), definition(completer));
      }
    }
  }

  private boolean definedByApplication(Class<?> completer) {
    return beanFactory instanceof ListableBeanFactory beans
        && beans.getBeanNamesForType(completer, true, false).length > 0;
  }

  private <T> RootBeanDefinition definition(Class<T> completer) {
    RootBeanDefinition definition =
        new RootBeanDefinition(
            completer,
            () ->
                GeneratedCompleters.newCompleter(
                    completer, beanFactory.getBean(WorkflowClient.class)));
    definition.setDescription("Handback completer, made from the WorkflowClient bean");
    return definition;
  }
}
