// expect: groovy-forbidden
def list = [1]
def system = list['class']['classLoader']['loadClass']
template(list['class']['declaredMethods'].toString()) { version '1' }
