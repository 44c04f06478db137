// expect: groovy-forbidden
def key = 'class'
def list = [1]
template(list[key].toString()) { version '1' }
